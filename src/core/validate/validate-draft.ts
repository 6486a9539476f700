import { isDraftWallClock, occurrenceOf, type DraftTiming } from '../event';
import type { Issue } from '../issues';
import { isKnownWindowsZone, resolveWallClock } from '../timezones';
import { ambiguousIssue, durationIssue, nonexistentIssue } from './clock-change-issues';
import { describeMinutes, readable } from './draft-time-notes';
import { errorIssue, warningIssue, withParams } from './issue-helpers';
import { suggestWindowsZone } from './timezone-suggestion';
import { unknownTimezoneMessage } from './timezone-suggestion';
import { checkWallClock } from './rokt-date-time-check';

const MINUTE = 60_000;

interface Resolved {
  utc: Date;
  status: 'ok' | 'nonexistent' | 'ambiguous';
}

function resolve(draft: DraftTiming, key: 'start' | 'end'): Resolved | null {
  const wall = draft[key];
  if (!isDraftWallClock(wall)) return null; // the form's schema reports the format
  try {
    return resolveWallClock(wall, draft.timezone, occurrenceOf(draft, key));
  } catch {
    return null; // impossible date such as 2026-02-30: the schema or the body check reports it
  }
}

/** Clock-change problems of start and end: skipped times (errors with fixes), repeated times, odd lengths. */
function clockChanges(draft: DraftTiming, start: Resolved | null, end: Resolved | null, out: Issue[]): void {
  if (draft.allDay) return;
  const startUtc = start && start.status !== 'nonexistent' ? start.utc : null;
  for (const [key, r] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (r?.status === 'nonexistent') out.push(nonexistentIssue(draft, key, r.utc, startUtc));
    else if (r?.status === 'ambiguous')
      out.push(ambiguousIssue(draft, key, resolveWallClock(draft[key], draft.timezone).utc));
  }
  if (start && end && start.status !== 'nonexistent' && end.status !== 'nonexistent') {
    const issue = durationIssue(draft, start.utc, end.utc);
    if (issue) out.push(issue);
  }
}

function order(draft: DraftTiming, out: Issue[]): void {
  const start = checkWallClock(draft.start.length === 16 ? `${draft.start}:00` : draft.start);
  const end = checkWallClock(draft.end.length === 16 ? `${draft.end}:00` : draft.end);
  if (!start.ok || !end.ok) return;
  if (end.key < start.key) {
    out.push(
      withParams(
        errorIssue(
          'draft.end-before-start',
          'end',
          `End ${readable(draft.end)} is before the start ${readable(draft.start)}: move the end after the start.`,
          'draft',
        ),
        { end: draft.end, start: draft.start, clockChange: 0 },
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
      withParams(
        warningIssue(
          'draft.in-past',
          'start',
          `The event ended ${readable(draft.end)} ${where}, which is in the past: subscribers would get an event that is already over. Check the date.`,
          'draft',
        ),
        { when: 'ended', at: draft.end, zone: draft.timezone },
      ),
    );
    return;
  }
  if (start.getTime() <= now.getTime()) {
    out.push(
      withParams(
        warningIssue(
          'draft.in-past',
          'start',
          `The event started ${readable(draft.start)} ${where}, which is in the past: calendars will show it as already running. Check the date.`,
          'draft',
        ),
        { when: 'started', at: draft.start, zone: draft.timezone },
      ),
    );
    return;
  }
  const untilStart = (start.getTime() - now.getTime()) / MINUTE;
  if (draft.notifyBefore > 0 && draft.notifyBefore > untilStart) {
    out.push(
      withParams(
        warningIssue(
          'draft.reminder-in-past',
          'notifyBefore',
          `The reminder is ${describeMinutes(draft.notifyBefore)} before the start, but the event starts in ${describeMinutes(untilStart)}: the reminder time has already passed, so subscribers may not get it. Use a shorter reminder.`,
          'draft',
        ),
        { reminder: draft.notifyBefore, untilStart: Math.max(0, Math.round(untilStart)) },
      ),
    );
  }
}

/** An end that is after the start on the clock face but not in real time (a repeated hour read as later). */
function realOrder(draft: DraftTiming, start: Resolved, end: Resolved, out: Issue[]): void {
  if (draft.allDay || start.status === 'nonexistent' || end.status === 'nonexistent') return;
  if (draft.end.slice(0, 16) <= draft.start.slice(0, 16) || end.utc.getTime() > start.utc.getTime()) return;
  out.push(
    withParams(
      errorIssue(
        'draft.end-before-start',
        'end',
        `End ${readable(draft.end)} comes before the start ${readable(draft.start)} once the clock change is counted: choose the earlier start or a later end.`,
        'draft',
      ),
      { end: draft.end, start: draft.start, clockChange: 1 },
    ),
  );
}

/** Checks a draft beyond its schema: unknown timezone, end before start, clock changes, past events and reminders. */
export function validateDraft(draft: DraftTiming, now: Date = new Date()): Issue[] {
  const out: Issue[] = [];
  order(draft, out);
  if (!isKnownWindowsZone(draft.timezone)) {
    if (draft.timezone.trim() !== '') {
      const suggestion = suggestWindowsZone(draft.timezone);
      out.push(
        withParams(
          errorIssue(
            'draft.timezone-unknown',
            'timezone',
            unknownTimezoneMessage('Timezone', draft.timezone),
            'draft',
          ),
          { value: draft.timezone, ...(suggestion ? { suggestion } : {}) },
        ),
      );
    }
    return out;
  }
  const start = resolve(draft, 'start');
  const end = resolve(draft, 'end');
  if (start && end) realOrder(draft, start, end, out);
  clockChanges(draft, start, end, out);
  if (start) timing(draft, start.utc, end?.utc ?? null, now, out);
  return out;
}
