/**
 * Ruby's `Time#strftime`: every conversion Ruby documents (`%a %A %b %B %c %C %d %D %e %F %g %G %h
 * %H %I %j %k %l %L %m %M %n %N %p %P %r %R %s %S %t %T %u %U %v %V %w %W %x %X %y %Y %z %:z %::z %Z
 * %+ %%`), with the flags `-` (no padding), `_` (spaces), `0` (zeros), `^` (upper case), `#`
 * (swap case) and a width (`%10A`, `%3N`). Unknown conversions print as written, as Ruby does.
 */

/** A moment as a wall clock in some zone. */
export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes EAST of UTC. */
  offset: number;
  /** Zone abbreviation for `%Z` ("UTC", "EST"; "" for a bare offset, as Ruby). */
  zoneName: string;
  /** Milliseconds since the epoch. */
  epochMs: number;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
]; // prettier-ignore

const COMPOSITE: Record<string, string> = {
  c: '%a %b %e %H:%M:%S %Y',
  D: '%m/%d/%y',
  x: '%m/%d/%y',
  F: '%Y-%m-%d',
  T: '%H:%M:%S',
  X: '%H:%M:%S',
  R: '%H:%M',
  r: '%I:%M:%S %p',
  v: '%e-%^b-%4Y',
  '+': '%a %b %e %H:%M:%S %Z %Y',
};

const DIRECTIVE = /%([-_0^#]*)(\d*)([EO]?)(:{0,2})([a-zA-Z+%])/g;

const utcDay = (t: WallTime) => Date.UTC(t.year, t.month - 1, t.day);
const weekday = (t: WallTime) => new Date(utcDay(t)).getUTCDay();
const yearDay = (t: WallTime) => Math.round((utcDay(t) - Date.UTC(t.year, 0, 1)) / 86_400_000) + 1;

/** ISO 8601 week-based year and week number. */
function isoWeek(t: WallTime): { year: number; week: number } {
  const d = new Date(utcDay(t));
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow + 3);
  const year = d.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const days = (d.getTime() - jan4.getTime()) / 86_400_000;
  const week = 1 + Math.round((days - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return { year, week };
}

function weekOfYear(t: WallTime, firstDay: 0 | 1): number {
  const yday = yearDay(t) - 1;
  const dow = (weekday(t) - firstDay + 7) % 7;
  return Math.floor((yday + 7 - dow) / 7);
}

function offsetText(minutes: number, colons: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return colons === 0 ? `${sign}${hh}${mm}` : colons === 1 ? `${sign}${hh}:${mm}` : `${sign}${hh}:${mm}:00`;
}

type Field = { value: string | number; pad: '0' | ' ' | ''; width: number };

function field(t: WallTime, conv: string, colons: number, width: number): Field | string | null {
  const num = (value: number, w: number, pad: '0' | ' ' = '0'): Field => ({ value, pad, width: w });
  const text = (value: string): Field => ({ value, pad: '', width: 0 });
  const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  switch (conv) {
    case 'Y':
      return num(t.year, t.year < 0 ? 5 : 4); // Ruby: at least 4 digits after the sign (-0005)
    case 'C':
      return num(Math.floor(t.year / 100), 2);
    case 'y':
      return num(((t.year % 100) + 100) % 100, 2);
    case 'm':
      return num(t.month, 2);
    case 'B':
      return text(MONTHS[t.month - 1]!);
    case 'b':
    case 'h': return text(MONTHS[t.month - 1]!.slice(0, 3)); // prettier-ignore
    case 'd':
      return num(t.day, 2);
    case 'e':
      return num(t.day, 2, ' ');
    case 'j':
      return num(yearDay(t), 3);
    case 'H':
      return num(t.hour, 2);
    case 'k':
      return num(t.hour, 2, ' ');
    case 'I':
      return num(hour12, 2);
    case 'l':
      return num(hour12, 2, ' ');
    case 'P':
      return text(t.hour < 12 ? 'am' : 'pm');
    case 'p':
      return text(t.hour < 12 ? 'AM' : 'PM');
    case 'M':
      return num(t.minute, 2);
    case 'S':
      return num(t.second, 2);
    case 'L':
    case 'N': {
      // prettier-ignore
      const digits = width || (conv === 'L' ? 3 : 9);
      return String(t.millisecond).padStart(3, '0').padEnd(digits, '0').slice(0, digits);
    }
    case 'z':
      return offsetText(t.offset, colons);
    case 'Z':
      return text(t.zoneName);
    case 'A':
      return text(DAYS[weekday(t)]!);
    case 'a':
      return text(DAYS[weekday(t)]!.slice(0, 3));
    case 'u':
      return num(weekday(t) === 0 ? 7 : weekday(t), 1);
    case 'w':
      return num(weekday(t), 1);
    case 'G':
      return num(isoWeek(t).year, 4);
    case 'g':
      return num(isoWeek(t).year % 100, 2);
    case 'V':
      return num(isoWeek(t).week, 2);
    case 'U':
      return num(weekOfYear(t, 0), 2);
    case 'W':
      return num(weekOfYear(t, 1), 2);
    case 's':
      return num(Math.floor(t.epochMs / 1000), 1);
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case '%':
      return '%';
    default:
      return null;
  }
}

function applyFlags(f: Field | string, flags: string, width: number, conv: string): string {
  if (typeof f === 'string') return f;
  let value = String(f.value);
  let pad: string = f.pad;
  let w = width || f.width;
  if (flags.includes('-')) w = 0;
  else if (flags.includes('_')) pad = ' ';
  else if (flags.includes('0')) pad = '0';
  if (pad === '') pad = ' ';
  if (flags.includes('^')) value = value.toUpperCase();
  if (flags.includes('#')) value = conv === 'p' ? value.toLowerCase() : value.toUpperCase();
  const negative = value.startsWith('-') && pad === '0';
  if (negative) value = value.slice(1);
  const padded = value.padStart(Math.max(0, w - (negative ? 1 : 0)), pad);
  return negative ? `-${padded}` : padded;
}

/** Format `t` with Ruby `strftime` directives. */
export function strftime(t: WallTime, format: string): string {
  return format.replace(
    DIRECTIVE,
    (whole, flags: string, w: string, _mod: string, colons: string, conv: string) => {
      const width = w === '' ? 0 : Number(w);
      const composite = COMPOSITE[conv];
      if (composite !== undefined) {
        const out = strftime(t, composite);
        return applyFlags({ value: out, pad: ' ', width: 0 }, flags, width, conv);
      }
      if (colons !== '' && conv !== 'z') return whole;
      const f = field(t, conv, colons.length, width);
      return f === null ? whole : applyFlags(f, flags, conv === 'L' || conv === 'N' ? 0 : width, conv);
    },
  );
}
