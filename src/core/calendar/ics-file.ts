import { type DateArray, type EventAttributes, createEvent } from 'ics';
import { addDays } from '../timezones';
import type { CalendarEvent } from './types';

function dateArray(date: string): DateArray {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/**
 * ics 3.12 writes a zero-minute reminder as `TRIGGER:-PT`, which is not an RFC 5545 duration (a `T` must be
 * followed by a time part), and ical.js throws reading it. Written as `PT0S` instead.
 */
function fixEmptyTriggers(ics: string): string {
  return ics.replace(/^TRIGGER:-?PT\r$/gm, 'TRIGGER:PT0S\r');
}

/** ics 3.12 escapes the event's text but not an alarm's DESCRIPTION: escape it here (RFC 5545 TEXT). */
const escapeText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`);

/**
 * Writes the event as an RFC 5545 calendar file with the `ics` library: one VEVENT whose UID is the rendered
 * event id, DTSTART/DTEND in UTC (or `VALUE=DATE` for all-day, end exclusive), a display VALARM for the
 * reminder. `stampMs` is the DTSTAMP (the file's creation time). Throws when the library refuses the event.
 */
export function icsFileOf(event: CalendarEvent, stampMs: number): string {
  const times: Pick<EventAttributes, 'start' | 'startInputType' | 'startOutputType'> & {
    end: EventAttributes['start'];
    endInputType?: 'utc';
    endOutputType?: 'utc';
  } = event.allDay
    ? { start: dateArray(event.firstDate), end: dateArray(addDays(event.lastDate, 1)) }
    : {
        start: event.start.utcMs,
        startInputType: 'utc',
        startOutputType: 'utc',
        end: event.end.utcMs,
        endInputType: 'utc',
        endOutputType: 'utc',
      };
  const attributes: EventAttributes & { timestamp: number } = {
    ...times,
    productId: '-//Rokt Calendar Composer//EN',
    uid: event.uid,
    title: event.title,
    timestamp: stampMs,
    ...(event.description ? { description: event.description } : {}),
    ...(event.location ? { location: event.location } : {}),
    ...(event.reminder
      ? {
          alarms: [
            {
              action: 'display',
              description: escapeText(event.title),
              trigger: { minutes: event.reminder.minutesBefore, before: true },
            },
          ],
        }
      : {}),
  };
  const { error, value } = createEvent(attributes);
  if (error || value === null)
    throw new Error(`Could not write the calendar file: ${error?.message ?? 'no output'}`);
  return fixEmptyTriggers(value);
}

/** A file name for the event's calendar file: the event id with unsafe characters replaced, `.ics`. */
export function icsFileName(event: Pick<CalendarEvent, 'uid'>): string {
  const base = event.uid
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 100);
  return `${base || 'event'}.ics`;
}
