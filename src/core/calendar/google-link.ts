import { addDays } from '../timezones';
import type { CalendarEvent } from './types';

const GOOGLE_TEMPLATE_URL = 'https://calendar.google.com/calendar/render';

/** Longest description put into the link; longer ones are cut (URLs over about 8 KB fail to open). */
export const GOOGLE_DETAILS_MAX = 1500;

const compactDate = (date: string) => date.replaceAll('-', '');
const utcStamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * An "Add to Google Calendar" link with the same title, times, description and location as the calendar file:
 * UTC times for a timed event (shown in the subscriber's zone via `ctz`), whole dates for an all-day event.
 * Google's links cannot carry a reminder: Google applies the user's default one.
 */
export function googleCalendarLink(event: CalendarEvent): string {
  const dates = event.allDay
    ? `${compactDate(event.firstDate)}/${compactDate(addDays(event.lastDate, 1))}`
    : `${utcStamp(event.start.utcMs)}/${utcStamp(event.end.utcMs)}`;
  const details =
    event.description.length > GOOGLE_DETAILS_MAX
      ? `${event.description.slice(0, GOOGLE_DETAILS_MAX - 1)}…`
      : event.description;
  const params: [string, string][] = [
    ['action', 'TEMPLATE'],
    ['text', event.title],
    ['dates', dates],
    ['ctz', event.zone],
  ];
  if (details) params.push(['details', details]);
  if (event.location) params.push(['location', event.location]);
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return `${GOOGLE_TEMPLATE_URL}?${query}`;
}
