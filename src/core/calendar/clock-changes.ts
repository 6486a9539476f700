import { dstChangesBetween, offsetMinutes, wallTextOfUtcMs } from '../timezones';
import { MAX_SEGMENT_DAYS } from './local-days';
import type { ClockChange } from './types';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** `utcMs` read with a fixed offset, as `YYYY-MM-DDTHH:mm`. */
function wallWithOffset(utcMs: number, offset: number): string {
  return wallTextOfUtcMs(utcMs + offset * MINUTE);
}

/**
 * The subscriber's clock changes in (startMs, endMs], each with the wall clock just before and after it
 * (02:00 → 03:00 when clocks spring forward). Looks at most MAX_SEGMENT_DAYS days past the start.
 */
export function clockChangesDuring(startMs: number, endMs: number, zone: string): ClockChange[] {
  const to = Math.min(endMs, startMs + MAX_SEGMENT_DAYS * DAY);
  if (to <= startMs) return [];
  const changes = dstChangesBetween(new Date(startMs), new Date(to), zone).filter(
    (at) => at.getTime() < endMs,
  );
  return changes.map((at) => {
    const utcMs = at.getTime();
    const offsetBefore = offsetMinutes(zone, new Date(utcMs - 1));
    const offsetAfter = offsetMinutes(zone, at);
    return {
      utcMs,
      localBefore: wallWithOffset(utcMs, offsetBefore),
      localAfter: wallWithOffset(utcMs, offsetAfter),
      offsetBefore,
      offsetAfter,
    };
  });
}
