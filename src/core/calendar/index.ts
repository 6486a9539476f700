export { calendarEventFor } from './calendar-event';
export { icsFileName, icsFileOf } from './ics-file';
export { GOOGLE_DETAILS_MAX, googleCalendarLink } from './google-link';
export { subscriberZoneOf } from './subscriber-zone';
export { MAX_SEGMENT_DAYS, minuteOfDay } from './local-days';
export type {
  CalendarEvent,
  CalendarEventResult,
  CalendarFailure,
  CalendarProblem,
  ClockChange,
  DaySegment,
  LocalMoment,
  TimeNote,
} from './types';
export { isoWeekday, shiftView, viewDates } from './view-dates';
