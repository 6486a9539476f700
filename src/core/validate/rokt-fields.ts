import { FIELD_LABELS } from '../event';
import type { Issue } from '../issues';
import { warningIssue, withParams } from './issue-helpers';

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

/** Rokt's field names in the composer's words (Rokt's `allDayEvent` is the composer's all-day switch). */
const LABELS: Record<string, string> = {
  eventId: FIELD_LABELS.eventId,
  title: FIELD_LABELS.title,
  description: FIELD_LABELS.description,
  location: FIELD_LABELS.location,
  start: FIELD_LABELS.start,
  end: FIELD_LABELS.end,
  timezone: FIELD_LABELS.timezone,
  allDayEvent: FIELD_LABELS.allDay,
  notifyBefore: FIELD_LABELS.notifyBefore,
};

/** Names a field for a marketer: `Title (event.title)`. */
export function label(prefix: string, key: string): string {
  return `${LABELS[key] ?? key} (${prefix}${key})`;
}

/** Checks an unknown key against the documented fields and returns a warning, or null when the key is known. */
export function unknownFieldIssue(prefix: string, key: string, known: ReadonlySet<string>): Issue | null {
  if (known.has(key)) return null;
  const path = `${prefix}${key}`;
  if (KNOWN.has(key)) {
    return withParams(
      warningIssue(
        'rokt.unknown-field',
        path,
        `"${key}" is an event field but sits outside "event": move it inside "event": { … }, or Rokt will ignore it.`,
      ),
      { v: 'outside', key },
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
  return withParams(
    warningIssue(
      'rokt.unknown-field',
      path,
      `Rokt does not know the field "${path}" and will probably ignore it.${hint}`,
    ),
    meant ? { v: 'unknown', meant } : { v: 'unknown' },
  );
}
