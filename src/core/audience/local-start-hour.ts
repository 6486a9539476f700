import { utcToWallClock, wallClockToUtc } from '../timezones';

const CACHE_LIMIT = 2048;
const instants = new Map<string, number | null>();
const hours = new Map<string, number | null>();

function remember<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const value = compute();
  cache.set(key, value);
  return value;
}

/** The event's start as a UTC instant (ms), from the body's wall-clock start and Windows zone; null if unreadable. */
function startInstant(start: string, windowsZone: string): number | null {
  return remember(instants, `${start}\u0000${windowsZone}`, () => {
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
  return remember(hours, `${instant}\u0000${userZone}`, () => {
    try {
      return Number(utcToWallClock(new Date(instant), userZone).slice(11, 13));
    } catch {
      return null;
    }
  });
}
