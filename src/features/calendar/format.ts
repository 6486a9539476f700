import type { CalendarEvent } from '../../core/calendar';
import { formatOffset } from '../../core/timezones';
import { LOCALE } from './calendar-text';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: 'long' | 'weekday' | 'day'): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      key === 'long'
        ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }
        : key === 'weekday'
          ? { weekday: 'short' }
          : { day: 'numeric' };
    // Dates are calendar dates, not instants: format them in UTC so the host's zone cannot shift them.
    f = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

const asUtc = (date: string) => new Date(`${date}T00:00:00Z`);

/** `Tue 15 Jun 2027` for a `YYYY-MM-DD` date. */
export const longDate = (date: string) => formatter('long').format(asUtc(date)).replace(',', '');
/** `Tue` for a `YYYY-MM-DD` date. */
export const weekday = (date: string) => formatter('weekday').format(asUtc(date));
/** `15` for a `YYYY-MM-DD` date. */
export const dayNumber = (date: string) => formatter('day').format(asUtc(date));
/** `21:00` from a `YYYY-MM-DDTHH:mm` wall-clock time. */
export const timeOf = (local: string) => local.slice(11, 16);
/** `Tue 15 Jun 2027, 21:00` from a wall-clock time. */
export const longMoment = (local: string) => `${longDate(local.slice(0, 10))}, ${timeOf(local)}`;

/** The event's dates and times as the subscriber reads them, with the zone's offset at the start. */
export function whenText(event: CalendarEvent): string {
  if (event.allDay) {
    return event.firstDate === event.lastDate
      ? longDate(event.firstDate)
      : `${longDate(event.firstDate)} – ${longDate(event.lastDate)}`;
  }
  const { start, end } = event;
  const range =
    start.local.slice(0, 10) === end.local.slice(0, 10)
      ? `${longMoment(start.local)} – ${timeOf(end.local)}`
      : `${longMoment(start.local)} – ${longMoment(end.local)}`;
  return `${range} (${formatOffset(start.offsetMinutes)})`;
}
