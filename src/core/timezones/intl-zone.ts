/**
 * Reading IANA zones straight from Intl. date-fns-tz 3.2 is NOT used here because its helpers depend on the
 * host timezone: `getTimezoneOffset(zone, date)` reads the Date's host-local fields as a wall-clock time in
 * `zone` (2026-03-08T06:30Z in New York gives -240, should be -300), and `formatInTimeZone` goes through a
 * host-local Date, so a wall time inside the HOST's DST gap is shifted (UTC 02:30 on 2026-03-08 prints 03:30
 * on a New York machine).
 */
import { isRealWall, parseWallText, wallPartsUtcMs } from './wall-text';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let dtf = formatters.get(zone);
  if (!dtf) {
    dtf = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, dtf);
  }
  return dtf;
}

/** True when Intl knows `zone` as an IANA timezone (links such as `US/Eastern` included). */
export function isValidIanaZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock fields of `instant` in IANA `zone` as `YYYY-MM-DDTHH:mm:ss` (years 1000–9999). */
export function wallClockAt(zone: string, instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid date');
  const p: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

/** Milliseconds of a `YYYY-MM-DDTHH:mm[:ss]` text read as if it were UTC, or NaN if it is not a real time. */
export function wallAsUtcMs(wall: string): number {
  const parts = parseWallText(wall);
  if (!parts || parts.precision === 'date' || parts.fraction !== '' || !isRealWall(parts)) return NaN;
  return wallPartsUtcMs(parts);
}

/** Minutes east of UTC of IANA `zone` at `instant`; throws RangeError for an unknown zone or invalid date. */
export function instantOffsetMinutes(zone: string, instant: Date): number {
  const wall = wallAsUtcMs(wallClockAt(zone, instant));
  return Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}
