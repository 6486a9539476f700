/** The wall clock of an instant in a zone, for strftime (IANA zones through Intl, offsets by arithmetic). */
import type { WallTime } from './strftime';

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        timeZoneName: 'short',
      });
    } catch {
      f = null;
    }
    formatters.set(zone, f);
  }
  return f;
}

function utcWall(ms: number, offset: number, zoneName: string): WallTime {
  const d = new Date(ms + offset * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    offset,
    zoneName,
    epochMs: ms,
  };
}

/** The wall clock of `date` in `zone` (IANA name, minutes east of UTC, or UTC when absent). */
export function wallTime(date: Date, zone?: string | number): WallTime {
  const ms = date.getTime();
  if (zone === undefined) return utcWall(ms, 0, 'UTC');
  if (typeof zone === 'number') return utcWall(ms, zone, '');
  const parts = Object.fromEntries(
    formatter(zone)!
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    +parts.year!,
    +parts.month! - 1,
    +parts.day!,
    +parts.hour!,
    +parts.minute!,
    +parts.second!,
  );
  const offset = Math.round((asUtc - (ms - (((ms % 1000) + 1000) % 1000))) / 60_000);
  return utcWall(ms, offset, parts.timeZoneName ?? '');
}

/** Tells whether the runtime knows the IANA zone `zone`. */
export function knownZone(zone: string): boolean {
  return formatter(zone) !== null;
}
