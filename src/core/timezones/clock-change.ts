import { instantOffsetMinutes, wallAsUtcMs } from './intl-zone';
import { resolveIanaZone } from './lookup';
import { dstChangesBetween } from './offsets';
import { wallClockToUtc } from './wall-instant';
import { wallTextOfUtcMs } from './wall-text';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Which of the two instants a repeated wall time means (RFC 5545 and calendar apps take the earlier one). */
export type Occurrence = 'earlier' | 'later';

/** A clock change: the first instant of the new offset, the offsets around it and the local times it joins. */
export interface ClockChange {
  at: Date;
  offsetBefore: number;
  offsetAfter: number;
  /** Local wall time (`YYYY-MM-DDTHH:mm`) the clocks show just before the change, read on the old offset. */
  wallBefore: string;
  /** Local wall time the clocks jump (or fall back) to. */
  wallAfter: string;
}

/** The clock change nearest to `instant` (within a day either side) in a Windows id or IANA zone, or null. */
export function clockChangeNear(instant: Date, windowsIdOrIana: string): ClockChange | null {
  const zone = resolveIanaZone(windowsIdOrIana);
  const at = dstChangesBetween(new Date(instant.getTime() - DAY), new Date(instant.getTime() + DAY), zone)[0];
  if (!at) return null;
  const offsetBefore = instantOffsetMinutes(zone, new Date(at.getTime() - MINUTE));
  const offsetAfter = instantOffsetMinutes(zone, at);
  return {
    at,
    offsetBefore,
    offsetAfter,
    wallBefore: wallTextOfUtcMs(at.getTime() + offsetBefore * MINUTE),
    wallAfter: wallTextOfUtcMs(at.getTime() + offsetAfter * MINUTE),
  };
}

/**
 * The instant a wall time means, with the marketer's choice for a repeated time: `earlier` (the default,
 * as RFC 5545) or `later`. A skipped time is read as calendar apps do (shifted forward by the gap).
 * Throws RangeError like wallClockToUtc.
 */
export function resolveWallClock(
  wall: string,
  windowsIdOrIana: string,
  occurrence: Occurrence = 'earlier',
): { utc: Date; status: 'ok' | 'nonexistent' | 'ambiguous' } {
  const result = wallClockToUtc(wall, windowsIdOrIana);
  if (result.status !== 'ambiguous' || occurrence === 'earlier') return result;
  const change = clockChangeNear(result.utc, windowsIdOrIana);
  if (!change) return result;
  const shift = (change.offsetBefore - change.offsetAfter) * MINUTE;
  return { utc: new Date(result.utc.getTime() + shift), status: 'ambiguous' };
}

/** The first wall time that exists after a skipped one (`02:30` on a 02:00→03:00 night gives `03:00`), or null. */
export function firstValidWallAfter(wall: string, windowsIdOrIana: string): string | null {
  const result = wallClockToUtc(wall, windowsIdOrIana);
  if (result.status !== 'nonexistent') return null;
  const change = clockChangeNear(result.utc, windowsIdOrIana);
  return change ? change.wallAfter : null;
}

/** Wall-clock arithmetic with no timezone: `2027-03-14T23:30` + 60 gives `2027-03-15T00:30`; null if not a wall time. */
export function addWallMinutes(wall: string, minutes: number): string | null {
  const ms = wallAsUtcMs(wall.slice(0, 16));
  return Number.isNaN(ms) ? null : wallTextOfUtcMs(ms + minutes * MINUTE);
}

/** Minutes from wall time `a` to wall time `b` as the clock faces read (no timezone), or null. */
export function wallMinutesBetween(a: string, b: string): number | null {
  const from = wallAsUtcMs(a.slice(0, 16));
  const to = wallAsUtcMs(b.slice(0, 16));
  return Number.isNaN(from) || Number.isNaN(to) ? null : Math.round((to - from) / MINUTE);
}
