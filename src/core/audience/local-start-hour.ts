import { remember } from '../memo';
import { utcToWallClock, wallClockToUtc } from '../timezones';

const CACHE_LIMIT = 2048;
const instants = new Map<string, number | null>();
const hours = new Map<string, number | null>();

/** The event's start as a UTC instant (ms), from the body's wall-clock start and Windows zone; null if unreadable. */
function startInstant(start: string, windowsZone: string): number | null {
  return remember(instants, `${start}\u0000${windowsZone}`, CACHE_LIMIT, () => {
    try {
      return wallClockToUtc(start.slice(0, 19), windowsZone).utc.getTime();
    } catch {
      return null;
    }
  });
}

/**
 * The hour of day (0–23) at which the event starts in the subscriber's own zone (Braze's IANA `time_zone`),
 * or null when the start, the event zone or the user's zone is missing or unknown. Memoised: an audience
 * has few distinct zones.
 */
export function localStartHour(start: unknown, eventZone: unknown, userZone: unknown): number | null {
  if (typeof start !== 'string' || typeof eventZone !== 'string' || typeof userZone !== 'string') return null;
  if (userZone === '') return null;
  const instant = startInstant(start, eventZone);
  if (instant === null) return null;
  return remember(hours, `${instant}\u0000${userZone}`, CACHE_LIMIT, () => {
    try {
      return Number(utcToWallClock(new Date(instant), userZone).slice(11, 13));
    } catch {
      return null;
    }
  });
}
