import { plural, t } from '@lingui/core/macro';
import { activeFormattingLocale } from '../../ui/i18n';
import {
  addDays,
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

const isWallTime = (text: string) => (parseWallText(text)?.precision ?? 'date') !== 'date';

/** The previous calendar date of a `YYYY-MM-DD…` text: an all-day event's end is exclusive. */
function dayBefore(wall: string): string {
  return addDays(wall.slice(0, 10), -1);
}

function whenText(start: string, end: string | undefined, allDay: boolean): string {
  const hasEnd = end !== undefined && isWallTime(end);
  const locale = activeFormattingLocale();
  if (allDay) {
    const lastDay = hasEnd ? dayBefore(end) : start.slice(0, 10);
    const days =
      lastDay > start.slice(0, 10)
        ? formatWallRange(start, lastDay, { dateOnly: true, locale })
        : formatWallClock(start, { dateOnly: true, locale });
    return t`${days}, all day`;
  }
  return hasEnd ? formatWallRange(start, end, { locale }) : formatWallClock(start, { locale });
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
  if (minutes === 0) return t`Reminder at the start time`;
  if (minutes % 1440 === 0)
    return plural(minutes / 1440, { one: 'Reminder # day before', other: 'Reminder # days before' });
  if (minutes % 60 === 0)
    return plural(minutes / 60, { one: 'Reminder # hour before', other: 'Reminder # hours before' });
  return plural(minutes, { one: 'Reminder # minute before', other: 'Reminder # minutes before' });
}

/** Turns an accepted event into the lines a calendar entry would show, in the event's own (Windows) timezone. */
export function calendarCardModel(event: SandboxEvent['event']): CalendarCardModel {
  return {
    title: event.title || t`(no title)`,
    when: isWallTime(event.start)
      ? whenText(event.start, event.end, event.allDayEvent === true)
      : event.start,
    timezone: timezoneText(event.timezone, event.start),
    location: event.location?.trim() ? event.location : null,
    description: event.description?.trim() ? event.description : null,
    reminder: reminderText(event.notifyBefore),
  };
}
