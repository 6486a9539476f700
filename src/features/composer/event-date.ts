import { wallClockToUtc } from '../../core/timezones';

/** The instant the draft's start denotes (used for offsets "on the event's date"); `fallback` when unknown. */
export function eventInstant(start: string, timezone: string, fallback: Date): Date {
  try {
    return wallClockToUtc(start, timezone).utc;
  } catch {
    const asUtc = Date.parse(`${start.slice(0, 16)}Z`);
    return Number.isNaN(asUtc) ? fallback : new Date(asUtc);
  }
}
