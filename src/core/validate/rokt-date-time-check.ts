import { remember } from '../memo';
import { isRealWall, parseWallText, wallSecondText, withoutOffset } from '../timezones';

/** Result of reading a Rokt date-time: a sortable key when valid, or why it is not valid. */
export type WallClockCheck =
  | { ok: true; key: string }
  | { ok: false; reason: 'offset' | 'date-only' | 'space' | 'format' | 'impossible' };

/** Why `value` is not a wall-clock text: it is one with an offset, a date alone, a space for the T, or none. */
function shapeProblem(value: string): Exclude<WallClockCheck, { ok: true }>['reason'] {
  const stripped = withoutOffset(value);
  const beforeOffset = stripped === null ? null : parseWallText(stripped);
  if (beforeOffset && beforeOffset.precision !== 'date') return 'offset';
  const withT = value.includes(' ') ? parseWallText(value.replace(' ', 'T')) : null;
  if (withT && withT.precision !== 'date' && withT.fraction === '') return 'space';
  return 'format';
}

/** Recent answers by text: a dry run checks the same start and end for every user. */
const checked = new Map<string, WallClockCheck>();
const CHECKED_SIZE = 256;

/** Checks an ISO 8601 wall-clock date-time without offset (`2019-02-21T15:00:00`) and returns a comparable key. */
export function checkWallClock(value: string): WallClockCheck {
  return remember(checked, value, CHECKED_SIZE, () => readWallClock(value));
}

function readWallClock(value: string): WallClockCheck {
  const parts = parseWallText(value);
  if (!parts) return { ok: false, reason: shapeProblem(value) };
  if (parts.precision === 'date') return { ok: false, reason: 'date-only' };
  if (!isRealWall(parts)) return { ok: false, reason: 'impossible' };
  return { ok: true, key: `${wallSecondText(parts)}.${parts.fraction.padEnd(7, '0')}` };
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
