import { formatOffset, offsetMinutes, wallClockToUtc } from '../../core/timezones';
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

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

function wallDate(text: string | undefined): Date | null {
  const m = WALL.exec(text ?? '');
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])));
}

const dayFormat = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const timeFormat = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });

function whenText(start: Date, end: Date | null, allDay: boolean): string {
  const day = dayFormat.format(start);
  if (allDay) {
    const last = end && end.getTime() - start.getTime() > 86_400_000 ? end : null;
    return last ? `${day} – ${dayFormat.format(new Date(last.getTime() - 1))}, all day` : `${day}, all day`;
  }
  if (!end) return `${day}, ${timeFormat.format(start)}`;
  const sameDay = dayFormat.format(end) === day;
  const tail = sameDay ? timeFormat.format(end) : `${dayFormat.format(end)}, ${timeFormat.format(end)}`;
  return `${day}, ${timeFormat.format(start)} – ${tail}`;
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
  const start = wallDate(event.start);
  return {
    title: event.title || '(no title)',
    when: start ? whenText(start, wallDate(event.end), event.allDayEvent === true) : event.start,
    timezone: timezoneText(event.timezone, event.start),
    location: event.location?.trim() ? event.location : null,
    description: event.description?.trim() ? event.description : null,
    reminder: reminderText(event.notifyBefore),
  };
}
