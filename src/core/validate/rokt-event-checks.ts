import type { Issue } from '../issues/issue';
import { isKnownWindowsZone } from '../timezones';
import { describeJsonType, errorIssue, warningIssue } from './issue-helpers';
import { QUOTED_NUMBER_PATTERN } from './rokt-schemas';
import { unknownTimezoneMessage } from './timezone-suggestion';
import { checkWallClock, wallClockProblem } from './wall-clock';

/** Event fields Rokt documents. */
export const ROKT_EVENT_FIELDS = [
  'eventId',
  'title',
  'description',
  'location',
  'start',
  'end',
  'timezone',
  'allDayEvent',
  'notifyBefore',
] as const;

/** Fields seen in a newer Rokt sample but not documented. */
const UNDOCUMENTED = new Set(['timezoneIanaId', 'actionType', 'visibleFromDateTimeUtc']);
const KNOWN = new Set<string>(ROKT_EVENT_FIELDS);
/** Braze's guide names its capture variables like this; people paste them as field names. */
const LIKELY_MEANT: Record<string, string> = {
  eventtitle: 'title',
  eventdescr: 'description',
  eventdescription: 'description',
  eventlocation: 'location',
  eventstart: 'start',
  eventend: 'end',
  eventtz: 'timezone',
  timezoneid: 'timezone',
  alldayevent: 'allDayEvent',
  allday: 'allDayEvent',
  notifybefore: 'notifyBefore',
  eventid: 'eventId',
  description: 'description',
  location: 'location',
  start: 'start',
  end: 'end',
  timezone: 'timezone',
  title: 'title',
};

const LABELS: Record<string, string> = {
  eventId: 'Event id',
  title: 'Title',
  description: 'Description',
  location: 'Location',
  start: 'Start',
  end: 'End',
  timezone: 'Timezone',
  allDayEvent: 'All-day flag',
  notifyBefore: 'Reminder',
};

function label(prefix: string, key: string): string {
  return `${LABELS[key] ?? key} (${prefix}${key})`;
}

/** Checks an unknown key against the documented fields and returns a warning, or null when the key is known. */
export function unknownFieldIssue(prefix: string, key: string, known: ReadonlySet<string>): Issue | null {
  if (known.has(key)) return null;
  const path = `${prefix}${key}`;
  if (KNOWN.has(key)) {
    return warningIssue(
      'rokt.unknown-field',
      path,
      `"${key}" is an event field but sits outside "event": move it inside "event": { … }, or Rokt will ignore it.`,
    );
  }
  if (UNDOCUMENTED.has(key)) {
    return warningIssue(
      'rokt.undocumented-field',
      path,
      `"${path}" appears in a newer Rokt sample but is not documented; Rokt may ignore it. Remove it unless your Rokt account manager asked for it.`,
    );
  }
  const meant = LIKELY_MEANT[key.toLowerCase()];
  const hint = meant ? ` Did you mean "${meant}"? Field names are case-sensitive.` : ' Check the spelling.';
  return warningIssue(
    'rokt.unknown-field',
    path,
    `Rokt does not know the field "${path}" and will probably ignore it.${hint}`,
  );
}

function requiredText(
  event: Record<string, unknown>,
  prefix: string,
  key: string,
  out: Issue[],
): string | null {
  const value = event[key];
  const path = `${prefix}${key}`;
  if (value === undefined || value === null) {
    out.push(
      errorIssue(
        'rokt.required',
        path,
        `${label(prefix, key)} is missing: Rokt requires it. Add "${key}" to the event.`,
      ),
    );
    return null;
  }
  if (typeof value !== 'string') {
    out.push(
      errorIssue(
        'rokt.type',
        path,
        `${label(prefix, key)} must be text in double quotes, not ${describeJsonType(value)}.`,
      ),
    );
    return null;
  }
  if (value.trim() === '') {
    out.push(
      errorIssue(
        'rokt.required',
        path,
        `${label(prefix, key)} is empty: Rokt requires a value. Check the Liquid that fills it for this user.`,
      ),
    );
    return null;
  }
  return value;
}

function optionalText(event: Record<string, unknown>, prefix: string, key: string, out: Issue[]): void {
  const value = event[key];
  if (value === undefined || value === null || typeof value === 'string') return;
  out.push(
    errorIssue(
      'rokt.type',
      `${prefix}${key}`,
      `${label(prefix, key)} must be text in double quotes, not ${describeJsonType(value)}.`,
    ),
  );
}

function dateTime(value: unknown, prefix: string, key: string, out: Issue[]): string | null {
  if (typeof value !== 'string') {
    out.push(
      errorIssue(
        'rokt.type',
        `${prefix}${key}`,
        `${label(prefix, key)} must be a date-time in double quotes, like "2019-02-21T15:00:00", not ${describeJsonType(value)}.`,
      ),
    );
    return null;
  }
  const check = checkWallClock(value);
  if (check.ok) return check.key;
  const code = check.reason === 'offset' ? 'rokt.datetime-offset' : 'rokt.datetime-format';
  out.push(errorIssue(code, `${prefix}${key}`, wallClockProblem(label(prefix, key), value, check.reason)));
  return null;
}

function notifyBefore(value: unknown, path: string, out: Issue[]): void {
  const name = `Reminder (${path})`;
  let minutes: number;
  if (typeof value === 'number') {
    minutes = value;
  } else if (typeof value === 'string' && QUOTED_NUMBER_PATTERN.test(value)) {
    minutes = Number(value);
    out.push(
      warningIssue(
        'rokt.notify-before-quoted',
        path,
        `${name} is sent as text ("${value}"). Braze's template quotes it, but Rokt types it as a number: remove the quotes, "notifyBefore": ${value.trim()}.`,
      ),
    );
  } else {
    const shown = typeof value === 'string' ? `"${value}"` : describeJsonType(value);
    out.push(errorIssue('rokt.type', path, `${name} must be a number of minutes, like 15, not ${shown}.`));
    return;
  }
  if (minutes < 0) {
    out.push(
      errorIssue(
        'rokt.notify-before-negative',
        path,
        `${name} is ${minutes}: it must be 0 or more minutes before the start.`,
      ),
    );
  } else if (!Number.isInteger(minutes)) {
    out.push(
      warningIssue(
        'rokt.notify-before-fraction',
        path,
        `${name} is ${minutes}: use a whole number of minutes.`,
      ),
    );
  }
}

/** Checks one Rokt event object (fields at `prefix`, e.g. `event.` or `` for a flat update) and appends Issues. */
export function checkRoktEvent(
  event: Record<string, unknown>,
  prefix: string,
  out: Issue[],
  extraKnown: Iterable<string> = [],
): void {
  const known = new Set<string>([...ROKT_EVENT_FIELDS, ...extraKnown]);
  requiredText(event, prefix, 'eventId', out);
  requiredText(event, prefix, 'title', out);
  optionalText(event, prefix, 'description', out);
  optionalText(event, prefix, 'location', out);

  const start =
    event.start === undefined || event.start === null ? null : dateTime(event.start, prefix, 'start', out);
  if (event.start === undefined || event.start === null) {
    out.push(
      errorIssue(
        'rokt.required',
        `${prefix}start`,
        `${label(prefix, 'start')} is missing: Rokt requires it, like "start": "2019-02-21T15:00:00".`,
      ),
    );
  }
  const end = event.end === undefined || event.end === null ? null : dateTime(event.end, prefix, 'end', out);
  if (start !== null && end !== null) {
    if (end < start) {
      out.push(
        errorIssue(
          'rokt.end-before-start',
          `${prefix}end`,
          `End (${prefix}end) ${String(event.end)} is before the start ${String(event.start)}: move the end after the start.`,
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
      errorIssue(
        'rokt.timezone-unknown',
        `${prefix}timezone`,
        unknownTimezoneMessage(label(prefix, 'timezone'), timezone),
      ),
    );
  }

  const allDay = event.allDayEvent;
  if (allDay !== undefined && allDay !== null && typeof allDay !== 'boolean') {
    const hint =
      allDay === 'true' || allDay === 'false' ? ` Remove the quotes: "allDayEvent": ${allDay}.` : '';
    out.push(
      errorIssue(
        'rokt.type',
        `${prefix}allDayEvent`,
        `${label(prefix, 'allDayEvent')} must be true or false, not ${describeJsonType(allDay)}.${hint}`,
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
