import {
  formatOffset,
  formatWallClock,
  formatWallRange,
  offsetMinutes,
  parseWallText,
  wallClockToUtc,
} from '../../core/timezones';
import type { SandboxEvent } from './api';

/** What a subscriber's calendar would show for one event. */
export interface CalendarCardModel {
  title: string;
  when: string;
  timezone: string;
  location: string | null;
  description: string | null;
  reminder: string | null;
}

const DAY_MS = 86_400_000;

const isWallTime = (text: string) => (parseWallText(text)?.precision ?? 'date') !== 'date';

/** The previous calendar date of a `YYYY-MM-DD…` text: an all-day event's end is exclusive. */
function dayBefore(wall: string): string {
  const ms = Date.parse(`${wall.slice(0, 10)}T00:00:00Z`) - DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

function whenText(start: string, end: string | undefined, allDay: boolean): string {
  const hasEnd = end !== undefined && isWallTime(end);
  if (allDay) {
    const lastDay = hasEnd ? dayBefore(end) : start.slice(0, 10);
    const days = lastDay > start.slice(0, 10) ? formatWallRange(start, lastDay, { dateOnly: true }) : null;
    return `${days ?? formatWallClock(start, { dateOnly: true })}, all day`;
  }
  return hasEnd ? formatWallRange(start, end) : formatWallClock(start);
}

function timezoneText(windowsId: string, start: string): string {
  try {
    const instant = wallClockToUtc(start.slice(0, 16), windowsId).utc;
    return `${windowsId} (${formatOffset(offsetMinutes(windowsId, instant))})`;
  } catch {
    return windowsId;
  }
}

function reminderText(value: number | string | undefined): string | null {
  const minutes = typeof value === 'string' ? Number(value.trim()) : value;
  if (minutes === undefined || !Number.isFinite(minutes) || minutes < 0) return null;
  if (minutes === 0) return 'Reminder at the start time';
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes % 1440 === 0) return `Reminder ${plural(minutes / 1440, 'day')} before`;
  if (minutes % 60 === 0) return `Reminder ${plural(minutes / 60, 'hour')} before`;
  return `Reminder ${plural(minutes, 'minute')} before`;
}

/** Turns an accepted event into the lines a calendar entry would show, in the event's own (Windows) timezone. */
export function calendarCardModel(event: SandboxEvent['event']): CalendarCardModel {
  return {
    title: event.title || '(no title)',
    when: isWallTime(event.start)
      ? whenText(event.start, event.end, event.allDayEvent === true)
      : event.start,
    timezone: timezoneText(event.timezone, event.start),
    location: event.location?.trim() ? event.location : null,
    description: event.description?.trim() ? event.description : null,
    reminder: reminderText(event.notifyBefore),
  };
}
