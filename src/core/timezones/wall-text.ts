/**
 * The one reader of wall-clock text in the project: `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`, `…:ss` or `…:ss.fffffff`,
 * with no offset. Everything that parses, checks, converts or formats a wall-clock time starts here.
 */

/** The fields of a wall-clock text, as written (not range-checked: see `isRealWall`). */
export interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Digits after the decimal point of the seconds, as written ('' when none). */
  fraction: string;
  /** Which parts the text had: a date alone, hours and minutes, or seconds too. */
  precision: 'date' | 'minute' | 'second';
}

/** The parts of `text`, or null when it is not exactly one of the wall-clock shapes above. */
export function parseWallText(text: string): WallParts | null {
  // The patterns are written where they are used (not as module constants) so that mutation testing can change them.
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?$/.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, fraction = ''] = m;
  return {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h ?? 0),
    minute: Number(mi ?? 0),
    second: Number(s ?? 0),
    fraction,
    precision: h === undefined ? 'date' : s === undefined ? 'minute' : 'second',
  };
}

/** Milliseconds of the parts read as if they were UTC (no range check: 2027-02-30 rolls over to March). */
export function wallPartsUtcMs(p: WallParts): number {
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/** True when the parts name a date and time that exist on a calendar (no 30 February, no 24:00 or :60). */
export function isRealWall(p: WallParts): boolean {
  // Date.UTC rolls an impossible field over into the next one (and reads years 0–99 as 1900–1999): the time
  // exists when reading the instant back gives the same text.
  return new Date(wallPartsUtcMs(p)).toISOString().slice(0, 19) === wallSecondText(p);
}

/** `text` without a trailing UTC offset or `Z` (`+01:00`, `-0500`, `+01`), or null when it has none. */
export function withoutOffset(text: string): string | null {
  const stripped = text.replace(/(?:Z|[+-]\d{2}(?::?\d{2})?)$/i, '');
  return stripped === text ? null : stripped;
}

/** True when the parts are the first instant of their day (`T00:00`, `T00:00:00`, `T00:00:00.000`, or a date alone). */
export function isMidnight(p: WallParts): boolean {
  return p.hour === 0 && p.minute === 0 && p.second === 0 && Number(p.fraction) === 0;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The text `YYYY-MM-DD` of the parts: the time dropped. */
export function wallDateText(p: WallParts): string {
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The text `YYYY-MM-DDTHH:mm` of the parts: seconds and fraction dropped. */
export function wallMinuteText(p: WallParts): string {
  return `${wallDateText(p)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** The text `YYYY-MM-DDTHH:mm:ss` of the parts (Rokt's shape): the fraction dropped, `:00` when none was written. */
export function wallSecondText(p: WallParts): string {
  return `${wallMinuteText(p)}:${pad(p.second)}`;
}

/** The calendar date `days` after a `YYYY-MM-DD` date (pure calendar arithmetic, no timezone). */
export function addDays(date: string, days: number): string {
  const p = parseWallText(date);
  if (!p) throw new RangeError(`Not a date: ${date}`);
  return wallTextOfUtcMs(Date.UTC(p.year, p.month - 1, p.day + days)).slice(0, 10);
}

/** The wall-clock text `YYYY-MM-DDTHH:mm` of milliseconds read as UTC (the inverse of `wallPartsUtcMs`). */
export function wallTextOfUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16);
}
