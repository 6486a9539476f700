import type { DraftTiming } from '../event';
import { FIELD_LABELS, WALL_CLOCK_PATTERN } from '../event';
import type { Issue } from '../issues';
import { isKnownWindowsZone, wallClockToUtc } from '../timezones';
import { ambiguousMessage, describeMinutes, nonexistentMessage, readable } from './draft-time-notes';
import { errorIssue, warningIssue } from './issue-helpers';
import { unknownTimezoneMessage } from './timezone-suggestion';
import { checkWallClock } from './wall-clock';

const MINUTE = 60_000;

function instant(draft: DraftTiming, key: 'start' | 'end', out: Issue[]): Date | null {
  const wall = draft[key];
  if (!WALL_CLOCK_PATTERN.test(wall)) return null; // the form's schema reports the format
  let result: ReturnType<typeof wallClockToUtc>;
  try {
    result = wallClockToUtc(wall, draft.timezone);
  } catch {
    return null; // impossible date such as 2026-02-30: the schema or the body check reports it
  }
  const label = FIELD_LABELS[key];
  if (!draft.allDay && result.status === 'nonexistent') {
    out.push(
      warningIssue(
        `draft.${key}-nonexistent`,
        key,
        nonexistentMessage(label, wall, draft.timezone, result.utc),
        'draft',
      ),
    );
  } else if (!draft.allDay && result.status === 'ambiguous') {
    out.push(
      warningIssue(
        `draft.${key}-ambiguous`,
        key,
        ambiguousMessage(label, wall, draft.timezone, result.utc),
        'draft',
      ),
    );
  }
  return result.utc;
}

function order(draft: DraftTiming, out: Issue[]): void {
  const start = checkWallClock(draft.start.length === 16 ? `${draft.start}:00` : draft.start);
  const end = checkWallClock(draft.end.length === 16 ? `${draft.end}:00` : draft.end);
  if (!start.ok || !end.ok) return;
  if (end.key < start.key) {
    out.push(
      errorIssue(
        'draft.end-before-start',
        'end',
        `End ${readable(draft.end)} is before the start ${readable(draft.start)}: move the end after the start.`,
        'draft',
      ),
    );
  } else if (end.key === start.key && !draft.allDay) {
    out.push(
      warningIssue(
        'draft.zero-duration',
        'end',
        'End equals the start, so the event has no duration. Set an end time if that is not intended.',
        'draft',
      ),
    );
  }
}

function timing(draft: DraftTiming, start: Date, end: Date | null, now: Date, out: Issue[]): void {
  const where = `(${draft.timezone})`;
  if (end && end.getTime() <= now.getTime()) {
    out.push(
      warningIssue(
        'draft.in-past',
        'start',
        `The event ended ${readable(draft.end)} ${where}, which is in the past: subscribers would get an event that is already over. Check the date.`,
        'draft',
      ),
    );
    return;
  }
  if (start.getTime() <= now.getTime()) {
    out.push(
      warningIssue(
        'draft.in-past',
        'start',
        `The event started ${readable(draft.start)} ${where}, which is in the past: calendars will show it as already running. Check the date.`,
        'draft',
      ),
    );
    return;
  }
  const untilStart = (start.getTime() - now.getTime()) / MINUTE;
  if (draft.notifyBefore > 0 && draft.notifyBefore > untilStart) {
    out.push(
      warningIssue(
        'draft.reminder-in-past',
        'notifyBefore',
        `The reminder is ${describeMinutes(draft.notifyBefore)} before the start, but the event starts in ${describeMinutes(untilStart)}: the reminder time has already passed, so subscribers may not get it. Use a shorter reminder.`,
        'draft',
      ),
    );
  }
}

/** Checks a draft beyond its schema: unknown timezone, end before start, DST gaps and overlaps, past events and reminders. */
export function validateDraft(draft: DraftTiming, now: Date = new Date()): Issue[] {
  const out: Issue[] = [];
  order(draft, out);
  if (!isKnownWindowsZone(draft.timezone)) {
    if (draft.timezone.trim() !== '') {
      out.push(
        errorIssue(
          'draft.timezone-unknown',
          'timezone',
          unknownTimezoneMessage('Timezone', draft.timezone),
          'draft',
        ),
      );
    }
    return out;
  }
  const start = instant(draft, 'start', out);
  const end = instant(draft, 'end', out);
  if (start) timing(draft, start, end, now, out);
  return out;
}
