import type { Issue } from '../issues';
/** The part of one local day an event covers, in wall-clock minutes of that day (0–1440). */
export interface DaySegment {
  /** The local date, `YYYY-MM-DD`. */
  date: string;
  /** Wall-clock minute the event starts at on this day (0 when it continues from the day before). */
  fromMinute: number;
  /** Wall-clock minute it ends at on this day (1440 when it continues into the next day). */
  toMinute: number;
  continuesFromPreviousDay: boolean;
  continuesToNextDay: boolean;
}

/** A moment in the subscriber's zone: the instant and how the subscriber's clock reads it. */
export interface LocalMoment {
  /** Milliseconds since the epoch (UTC). */
  utcMs: number;
  /** The subscriber's wall clock, `YYYY-MM-DDTHH:mm`. */
  local: string;
  /** The subscriber zone's offset at that instant, minutes east of UTC. */
  offsetMinutes: number;
}

/** A change of the subscriber's clock while the event runs (a DST change). */
export interface ClockChange {
  utcMs: number;
  /** The wall clock just before the change, `YYYY-MM-DDTHH:mm` (e.g. 02:00 when clocks jump to 03:00). */
  localBefore: string;
  /** The wall clock at the change, after it (e.g. 03:00). */
  localAfter: string;
  offsetBefore: number;
  offsetAfter: number;
}

/** A sent wall-clock time that does not exist (clocks jump forward) or happens twice (clocks go back). */
export interface TimeNote {
  field: 'start' | 'end';
  kind: 'nonexistent' | 'ambiguous';
  /** The wall-clock time as sent, `YYYY-MM-DDTHH:mm:ss`. */
  sent: string;
}

/**
 * The event as it lands in one subscriber's calendar, built only from the rendered request Rokt would receive.
 * Timed events are instants shown in the subscriber's zone; all-day events are whole dates (floating: the
 * same dates in every zone, as calendars show them).
 */
export interface CalendarEvent {
  /** The rendered event id: the calendar UID. */
  uid: string;
  title: string;
  description: string;
  location: string;
  /** The wall-clock start and end exactly as sent to Rokt (in the event's zone). */
  sent: { start: string; end: string | null };
  /** The Windows timezone id sent to Rokt, and the IANA zone it stands for. */
  eventZone: string;
  eventZoneIana: string;
  /** The IANA zone the event is shown in. */
  zone: string;
  allDay: boolean;
  /** Timed: the first and last date shown; all-day: the first and the last day of the banner. */
  firstDate: string;
  lastDate: string;
  /** Timed: start and end in the subscriber's zone. All-day: the subscriber's local midnights around the days. */
  start: LocalMoment;
  end: LocalMoment;
  /** Real elapsed minutes between start and end (differs from the wall-clock span across a clock change). */
  durationMinutes: number;
  segments: DaySegment[];
  /** True when the event spans more days than the segments list (bounded). */
  segmentsTruncated: boolean;
  clockChanges: ClockChange[];
  /** The reminder Rokt sets from notifyBefore, or null when none was sent. */
  reminder: (LocalMoment & { minutesBefore: number }) | null;
  /** Sent wall-clock times the event's own zone skips or repeats (clock changes), and how they were read. */
  timeNotes: TimeNote[];
}

/** Why nothing would reach the subscriber's calendar, as a code with what an interface needs to word it. */
export type CalendarProblem =
  | { code: 'aborted'; reason: string }
  | { code: 'rejected'; issue: Issue }
  | { code: 'not-object' }
  | { code: 'invalid-event'; where: string; detail: string }
  | { code: 'unknown-zone'; zone: string };

/** A failure: the English sentence (CLI, logs) and the problem behind it (an interface words it in its language). */
export type CalendarFailure = { ok: false; reason: string; problem: CalendarProblem };

/** The calendar event, or why nothing would reach the subscriber's calendar. */
export type CalendarEventResult = { ok: true; event: CalendarEvent } | CalendarFailure;
