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

const WALL_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?$/;

/** The parts of `text`, or null when it is not exactly one of the wall-clock shapes above. */
export function parseWallText(text: string): WallParts | null {
  const m = WALL_TEXT.exec(text);
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
  const back = new Date(wallPartsUtcMs(p));
  return (
    back.getUTCFullYear() === p.year &&
    back.getUTCMonth() === p.month - 1 &&
    back.getUTCDate() === p.day &&
    p.hour < 24 &&
    p.minute < 60 &&
    p.second < 60
  );
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The text `YYYY-MM-DDTHH:mm` of the parts: seconds and fraction dropped. */
export function wallMinuteText(p: WallParts): string {
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
