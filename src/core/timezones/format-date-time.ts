import { isRealWall, parseWallText, wallPartsUtcMs } from './wall-text';

/** How a date-time is shown: the date alone, the time alone or both; in which locale (default: the runtime's). */
export interface DateTimeStyle {
  dateOnly?: boolean;
  timeOnly?: boolean;
  locale?: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

const DATE_PART: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
};
// The locale decides 24- or 12-hour clock.
const TIME_PART: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

function formatter(timeZone: string, style: DateTimeStyle): Intl.DateTimeFormat {
  const parts = style.dateOnly ? 'd' : style.timeOnly ? 't' : 'dt';
  const key = `${style.locale ?? ''}|${timeZone}|${parts}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(style.locale, {
      timeZone,
      ...(style.timeOnly ? {} : DATE_PART),
      ...(style.dateOnly ? {} : TIME_PART),
    });
    formatters.set(key, f);
  }
  return f;
}

/** The one way the app shows a moment: `instant` as read in IANA/Windows-resolved `timeZone`, in the user's locale. */
export function formatInstant(instant: Date, timeZone: string, style: DateTimeStyle = {}): string {
  return formatter(timeZone, style).format(instant);
}

/**
 * A wall-clock `YYYY-MM-DDTHH:mm[:ss]` (or a date `YYYY-MM-DD`) as a UTC instant with the same fields, or null
 * when it is not one or names a time no calendar has (31 June, 24:00): Date.UTC would roll it over.
 */
function wallAsUtc(wall: string): Date | null {
  const parts = parseWallText(wall);
  return parts && isRealWall(parts) ? new Date(wallPartsUtcMs(parts)) : null;
}

/**
 * Shows a wall-clock time `YYYY-MM-DDTHH:mm` (or a date `YYYY-MM-DD`) exactly as written (no zone conversion)
 * in the user's locale: `Sun, Feb 21, 2027, 3:00 PM` in en-US, `Sun, 21 Feb 2027, 15:00` in en-GB. Returns the
 * text unchanged when it is not a wall-clock time.
 */
export function formatWallClock(wall: string, style: DateTimeStyle = {}): string {
  const date = wallAsUtc(wall);
  return date ? formatInstant(date, 'UTC', style) : wall;
}

/**
 * Shows the wall-clock range `start`–`end` the way the locale writes ranges, naming a shared date once:
 * `Tue, Jun 15, 2027, 3:00 – 4:00 PM` in en-US, `mar, 15 jun 2027, 15:00–16:00` in es-ES. Falls back to the
 * two texts joined by an en dash when either is not a wall-clock time.
 */
export function formatWallRange(start: string, end: string, style: DateTimeStyle = {}): string {
  const from = wallAsUtc(start);
  const to = wallAsUtc(end);
  if (!from || !to || to < from) return `${formatWallClock(start, style)} – ${formatWallClock(end, style)}`;
  return formatter('UTC', style).formatRange(from, to);
}
