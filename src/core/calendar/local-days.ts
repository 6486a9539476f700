import { addDays, offsetMinutes, utcToWallClock } from '../timezones';
import type { DaySegment, LocalMoment } from './types';

/** The most days an event is split into for drawing (a bound: Rokt sets no limit on an event's length). */
export const MAX_SEGMENT_DAYS = 366;

/** The instant `utcMs` as the subscriber's clock in IANA `zone` reads it. */
export function localMoment(utcMs: number, zone: string): LocalMoment {
  const instant = new Date(utcMs);
  return { utcMs, local: utcToWallClock(instant, zone), offsetMinutes: offsetMinutes(zone, instant) };
}

/** Minutes since midnight of a `YYYY-MM-DDTHH:mm` wall-clock time. */
export function minuteOfDay(local: string): number {
  return Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));
}

/**
 * Splits the wall-clock span `start`–`end` (`YYYY-MM-DDTHH:mm`, end not before start) into one segment per
 * local day; an end at exactly midnight closes the day before (`lastDate`). At most MAX_SEGMENT_DAYS segments.
 */
export function daySegments(
  start: string,
  end: string,
): { segments: DaySegment[]; truncated: boolean; lastDate: string } {
  const startDate = start.slice(0, 10);
  const startMinute = minuteOfDay(start);
  let lastDate = end.slice(0, 10);
  let lastMinute = minuteOfDay(end);
  if (lastMinute === 0 && lastDate > startDate) {
    lastDate = addDays(lastDate, -1);
    lastMinute = 1440;
  }
  const segments: DaySegment[] = [];
  for (let date = startDate; date <= lastDate; date = addDays(date, 1)) {
    if (segments.length === MAX_SEGMENT_DAYS) return { segments, truncated: true, lastDate };
    const first = date === startDate;
    const last = date === lastDate;
    const fromMinute = first ? startMinute : 0;
    // Across a clock going back the wall clock can read earlier at the end than at the start.
    const toMinute = last ? Math.max(fromMinute, lastMinute) : 1440;
    segments.push({
      date,
      fromMinute,
      toMinute,
      continuesFromPreviousDay: !first,
      continuesToNextDay: !last,
    });
  }
  return { segments, truncated: false, lastDate };
}
