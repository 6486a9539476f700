import { activeFormattingLocale, dateTimeFormat } from '../../ui/i18n';
import type { CalendarEvent } from '../../core/calendar';
import { formatOffset, formatWallClock, formatWallRange } from '../../core/timezones';

/** Dates are calendar dates, not instants: formatted in UTC so the host's zone cannot shift them. */
const formatter = (key: 'weekday' | 'day') =>
  dateTimeFormat(
    key === 'weekday' ? { weekday: 'short', timeZone: 'UTC' } : { day: 'numeric', timeZone: 'UTC' },
  );

/** The active language's formatting locale (24-hour in Spanish), with the wanted part. */
const inLocale = (style: { dateOnly?: boolean; timeOnly?: boolean } = {}) => ({
  ...style,
  locale: activeFormattingLocale(),
});

const asUtc = (date: string) => new Date(`${date}T00:00:00Z`);

/** `Tue, Jun 15, 2027` (en-US) for a `YYYY-MM-DD` date: the app's one date format. */
export const longDate = (date: string) => formatWallClock(date, inLocale({ dateOnly: true }));
/** `Tue` for a `YYYY-MM-DD` date. */
export const weekday = (date: string) => formatter('weekday').format(asUtc(date));
/** `15` for a `YYYY-MM-DD` date. */
export const dayNumber = (date: string) => formatter('day').format(asUtc(date));
/** `9:00 PM` (en-US) or `21:00` (en-GB) from a `YYYY-MM-DDTHH:mm` wall-clock time. */
export const timeOf = (local: string) => formatWallClock(local, inLocale({ timeOnly: true }));
/** `5:00 – 6:00 AM` (en-US) from two wall-clock times. */
export const timeRange = (start: string, end: string) =>
  formatWallRange(start, end, inLocale({ timeOnly: true }));
/** `Tue, Jun 15, 2027, 9:00 PM` (en-US) from a wall-clock time. */
export const longMoment = (local: string) => formatWallClock(local, inLocale());
/** `Tue, Jun 15 – Thu, Jun 17, 2027` (en-US) for two `YYYY-MM-DD` dates. */
export const dateRange = (first: string, last: string) =>
  formatWallRange(first, last, inLocale({ dateOnly: true }));

/** The event's dates and times as the subscriber reads them, with the zone's offset at the start. */
export function whenText(event: CalendarEvent): string {
  if (event.allDay) return dateRange(event.firstDate, event.lastDate);
  return `${formatWallRange(event.start.local, event.end.local, inLocale())} (${formatOffset(event.start.offsetMinutes)})`;
}
