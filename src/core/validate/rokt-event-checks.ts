import type { Issue } from '../issues';
import { remember } from '../memo';
import { isKnownWindowsZone, wallClockToUtc } from '../timezones';
import { errorIssue, describeJsonType, jsonTypeCode, warningIssue, withParams } from './issue-helpers';
import { ROKT_EVENT_FIELDS, label, unknownFieldIssue } from './rokt-fields';
import { dateTime, notifyBefore, optionalText, requiredText } from './rokt-value-checks';
import { suggestWindowsZone, unknownTimezoneMessage } from './timezone-suggestion';

export { ROKT_EVENT_FIELDS, unknownFieldIssue } from './rokt-fields';

const EVENT_FIELDS: ReadonlySet<string> = new Set(ROKT_EVENT_FIELDS);

/** Checks one Rokt event object (fields at `prefix`, e.g. `event.` or `` for a flat update) and appends Issues. */
export function checkRoktEvent(
  event: Record<string, unknown>,
  prefix: string,
  out: Issue[],
  extraKnown?: Iterable<string>,
): void {
  const known = extraKnown ? new Set<string>([...ROKT_EVENT_FIELDS, ...extraKnown]) : EVENT_FIELDS;
  requiredText(event, prefix, 'eventId', out);
  requiredText(event, prefix, 'title', out);
  optionalText(event, prefix, 'description', out);
  optionalText(event, prefix, 'location', out);

  const start =
    event.start === undefined || event.start === null ? null : dateTime(event.start, prefix, 'start', out);
  if (event.start === undefined || event.start === null) {
    out.push(
      withParams(
        errorIssue(
          'rokt.required',
          `${prefix}start`,
          `${label(prefix, 'start')} is missing: Rokt requires it, like "start": "2019-02-21T15:00:00".`,
        ),
        { v: 'start', key: 'start' },
      ),
    );
  }
  const end = event.end === undefined || event.end === null ? null : dateTime(event.end, prefix, 'end', out);
  if (start !== null && end !== null) {
    if (end < start) {
      out.push(
        withParams(
          errorIssue(
            'rokt.end-before-start',
            `${prefix}end`,
            `End (${prefix}end) ${String(event.end)} is before the start ${String(event.start)}: move the end after the start.`,
          ),
          { end: String(event.end), start: String(event.start) },
        ),
      );
    } else if (end === start) {
      out.push(
        warningIssue(
          'rokt.zero-duration',
          `${prefix}end`,
          `End (${prefix}end) equals the start, so the event has no duration. Calendars show it as a zero-length event; set an end time if that is not intended.`,
        ),
      );
    }
  }

  const timezone = requiredText(event, prefix, 'timezone', out);
  if (timezone !== null && !isKnownWindowsZone(timezone)) {
    out.push(
      withParams(
        errorIssue(
          'rokt.timezone-unknown',
          `${prefix}timezone`,
          unknownTimezoneMessage(label(prefix, 'timezone'), timezone),
        ),
        { value: timezone, ...suggestionParam(timezone) },
      ),
    );
  }

  if (timezone !== null && isKnownWindowsZone(timezone) && event.allDayEvent !== true) {
    if (start !== null) skippedTime(event.start, timezone, prefix, 'start', out);
    if (end !== null) skippedTime(event.end, timezone, prefix, 'end', out);
  }

  const allDay = event.allDayEvent;
  if (allDay !== undefined && allDay !== null && typeof allDay !== 'boolean') {
    const hint =
      allDay === 'true' || allDay === 'false' ? ` Remove the quotes: "allDayEvent": ${allDay}.` : '';
    out.push(
      withParams(
        errorIssue(
          'rokt.type',
          `${prefix}allDayEvent`,
          `${label(prefix, 'allDayEvent')} must be true or false, not ${describeJsonType(allDay)}.${hint}`,
        ),
        { expected: 'boolean', got: jsonTypeCode(allDay), ...(hint ? { value: String(allDay) } : {}) },
      ),
    );
  }
  if (event.notifyBefore !== undefined && event.notifyBefore !== null) {
    notifyBefore(event.notifyBefore, `${prefix}notifyBefore`, out);
  }

  for (const key of Object.keys(event)) {
    const unknown = unknownFieldIssue(prefix, key, known);
    if (unknown) out.push(unknown);
  }
}

/** The Windows zone a mistyped or IANA timezone most likely means, as an issue parameter. */
function suggestionParam(value: string): { suggestion?: string } {
  const suggestion = suggestWindowsZone(value);
  return suggestion ? { suggestion } : {};
}

/** Recent clock-change answers by wall time and zone: a dry run asks the same pair for every user. */
const statusCache = new Map<string, string | null>();
const STATUS_CACHE_SIZE = 256;

/** wallClockToUtc's status for a wall time in a zone, or null when it is not a wall time (remembered). */
function clockStatus(wall: string, timezone: string): string | null {
  return remember(statusCache, `${wall}\u0000${timezone}`, STATUS_CACHE_SIZE, () => {
    try {
      return wallClockToUtc(wall, timezone).status;
    } catch {
      return null; // not a wall time: dateTime() already said so
    }
  });
}

/** A start or end the clocks skip in its zone (spring forward) is an error: no calendar can show it. */
function skippedTime(
  value: unknown,
  timezone: string,
  prefix: string,
  key: 'start' | 'end',
  out: Issue[],
): void {
  if (typeof value !== 'string') return;
  if (clockStatus(value.replace(/\.\d+$/, ''), timezone) !== 'nonexistent') return;
  out.push(
    withParams(
      errorIssue(
        'rokt.nonexistent-time',
        `${prefix}${key}`,
        `${label(prefix, key)} ${value} does not exist in ${timezone}: the clocks skip that hour, so no calendar can show it. Pick a time outside the clock change.`,
      ),
      { value, zone: timezone },
    ),
  );
}
