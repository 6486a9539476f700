export { calendarEventFor } from './calendar-event';
export { icsFileName, icsFileOf } from './ics-file';
export { googleCalendarLink } from './google-link';
export { subscriberZoneOf } from './subscriber-zone';
export { minuteOfDay } from './local-days';
export type { CalendarEvent, CalendarEventResult, CalendarProblem } from './types';
export { shiftView, viewDates } from './view-dates';
