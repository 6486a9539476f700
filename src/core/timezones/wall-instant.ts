import { instantOffsetMinutes, wallAsUtcMs, wallClockAt } from './intl-zone';
import { resolveIanaZone } from './lookup';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The UTC instant of wall-clock time `wall` (`YYYY-MM-DDTHH:mm[:ss]`) in a Windows id (or IANA zone), with
 * its status. `ok`: exactly one instant. `ambiguous` (fall-back overlap, e.g. 2026-11-01T01:30 in New York):
 * returns the EARLIER instant (the first 01:30, still on summer time). `nonexistent` (spring-forward gap, e.g.
 * 2026-03-08T02:30 in New York): returns the instant shifted forward by the gap, read with the offset in force
 * before the change (02:30 EST = 03:30 EDT), as Google Calendar, Outlook and Temporal's 'compatible' do.
 * Throws RangeError for a malformed or impossible date (2026-02-30T10:00) or an unknown zone.
 */
export function wallClockToUtc(
  wall: string,
  windowsId: string,
): { utc: Date; status: 'ok' | 'nonexistent' | 'ambiguous' } {
  const zone = resolveIanaZone(windowsId);
  const local = wallAsUtcMs(wall);
  if (Number.isNaN(local)) throw new RangeError(`Invalid wall-clock time: ${wall}`);
  const before = instantOffsetMinutes(zone, new Date(local - DAY));
  const after = instantOffsetMinutes(zone, new Date(local + DAY));
  const candidates = new Set([before, after, instantOffsetMinutes(zone, new Date(local))]);
  const matches = [...candidates]
    .map((offset) => local - offset * MINUTE)
    .filter((utc) => wallAsUtcMs(wallClockAt(zone, new Date(utc))) === local)
    .sort((a, b) => a - b);
  const [first] = matches;
  if (first === undefined) return { utc: new Date(local - before * MINUTE), status: 'nonexistent' };
  return { utc: new Date(first), status: matches.length > 1 ? 'ambiguous' : 'ok' };
}

/** The wall-clock time (`YYYY-MM-DDTHH:mm`, seconds dropped) of `instant` in a Windows id or IANA zone. */
export function utcToWallClock(instant: Date, windowsIdOrIana: string): string {
  return wallClockAt(resolveIanaZone(windowsIdOrIana), instant).slice(0, 16);
}
