/** How a date-time is shown: the date alone or with the time; in which locale (default: the runtime's). */
export interface DateTimeStyle {
  dateOnly?: boolean;
  locale?: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, style: DateTimeStyle): Intl.DateTimeFormat {
  const key = `${style.locale ?? ''}|${timeZone}|${style.dateOnly ? 'd' : 'dt'}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(style.locale, {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      // The locale decides 24- or 12-hour clock.
      ...(style.dateOnly ? {} : { hour: 'numeric', minute: '2-digit' }),
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
 * Shows a wall-clock time `YYYY-MM-DDTHH:mm` exactly as written (no zone conversion) in the user's locale:
 * `Sun, Feb 21, 2027, 3:00 PM` in en-US, `Sun, 21 Feb 2027, 15:00` in en-GB. Returns the text unchanged when
 * it is not a wall-clock time.
 */
export function formatWallClock(wall: string, style: DateTimeStyle = {}): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(wall);
  if (!m) return wall;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return Number.isNaN(ms) ? wall : formatInstant(new Date(ms), 'UTC', style);
}
