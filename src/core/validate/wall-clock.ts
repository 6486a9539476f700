/** Result of reading a Rokt date-time: a sortable key when valid, or why it is not valid. */
export type WallClockCheck =
  | { ok: true; key: string }
  | { ok: false; reason: 'offset' | 'date-only' | 'space' | 'format' | 'impossible' };

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const WITH_SPACE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks an ISO 8601 wall-clock date-time without offset (`2019-02-21T15:00:00`) and returns a comparable key. */
export function checkWallClock(value: string): WallClockCheck {
  const m = WALL.exec(value);
  if (!m) {
    if (WITH_OFFSET.test(value)) return { ok: false, reason: 'offset' };
    if (DATE_ONLY.test(value)) return { ok: false, reason: 'date-only' };
    if (WITH_SPACE.test(value)) return { ok: false, reason: 'space' };
    return { ok: false, reason: 'format' };
  }
  const [, y, mo, d, h, mi, s = '00', frac = ''] = m as unknown as string[];
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: 'impossible' };
  }
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return { ok: false, reason: 'impossible' };
  return { ok: true, key: `${y}-${mo}-${d}T${h}:${mi}:${s}.${frac.padEnd(7, '0')}` };
}

/** Explains, for a marketer, why a date-time is not in Rokt's format; `label` names the field. */
export function wallClockProblem(
  label: string,
  value: string,
  reason: Exclude<WallClockCheck, { ok: true }>['reason'],
): string {
  switch (reason) {
    case 'offset':
      return `${label} "${value}" has a timezone offset or Z. Rokt wants the wall-clock time in the event's timezone with no offset, like 2019-02-21T15:00:00; the "timezone" field says which zone.`;
    case 'date-only':
      return `${label} "${value}" has no time. Rokt needs a date and time like ${value}T00:00:00 (also for all-day events).`;
    case 'space':
      return `${label} "${value}" separates date and time with a space. Use a T, like ${value.replace(' ', 'T')}.`;
    case 'impossible':
      return `${label} "${value}" is not a real date or time (check the month, day, hour and minutes).`;
    case 'format':
      return `${label} "${value}" is not a date-time Rokt understands. Write it as 2019-02-21T15:00:00 (year-month-day, T, hours:minutes:seconds).`;
  }
}
