import type { RenderedRequest } from '../template';
import {
  addDays,
  isMidnight,
  parseWallText,
  resolveIanaZone,
  wallClockToUtc,
  wallDateText,
} from '../timezones';
import { clockChangesDuring } from './clock-changes';
import { type SentEvent, sentEventOf } from './event-from-request';
import { daySegments, localMoment } from './local-days';
import type { CalendarEvent, CalendarEventResult, TimeNote } from './types';

const MINUTE = 60_000;

type Times = Pick<CalendarEvent, 'allDay' | 'start' | 'end' | 'timeNotes'> & {
  /** The wall-clock span to draw, in the subscriber's zone. */
  span: [string, string];
};

/** Timed event: the sent wall-clock times read in the event's zone, shown in the subscriber's. */
function timedTimes(sent: SentEvent, zone: string): Times {
  const timeNotes: TimeNote[] = [];
  const read = (field: 'start' | 'end', wall: string) => {
    const { utc, status } = wallClockToUtc(wall, sent.timezone);
    if (status !== 'ok') timeNotes.push({ field, kind: status, sent: wall });
    return utc.getTime();
  };
  const startMs = read('start', sent.start);
  // No end: calendars show a moment (RFC 5545: a DTSTART-only event ends where it starts).
  const endMs = Math.max(startMs, sent.end === null ? startMs : read('end', sent.end));
  const start = localMoment(startMs, zone);
  const end = localMoment(endMs, zone);
  return { allDay: false, start, end, timeNotes, span: [start.local, end.local] };
}

/** All-day event: whole dates from the start date to the day before the exclusive end (Rokt's midnight end). */
function allDayTimes(sent: SentEvent, zone: string): Times {
  // Both were checked as Rokt date-times (sentEventOf), so each starts with its date.
  const firstDate = sent.start.slice(0, 10);
  const end = sent.end === null ? null : parseWallText(sent.end);
  let endExclusive =
    end === null ? addDays(firstDate, 1) : addDays(wallDateText(end), isMidnight(end) ? 0 : 1);
  if (endExclusive <= firstDate) endExclusive = addDays(firstDate, 1);
  const midnight = (date: string) => localMoment(wallClockToUtc(`${date}T00:00`, zone).utc.getTime(), zone);
  return {
    allDay: true,
    start: midnight(firstDate),
    end: midnight(endExclusive),
    timeNotes: [],
    span: [`${firstDate}T00:00`, `${endExclusive}T00:00`],
  };
}

/**
 * Turns the rendered request Rokt would receive into the event one subscriber's calendar shows, in IANA (or
 * Windows) zone `subscriberZone` (null: the event's own zone): local times, per-day segments, clock changes and
 * the reminder moment. Gives
 * a reason instead when the send is aborted, Rokt would reject it, or the zone is unknown.
 */
export function calendarEventFor(
  rendered: RenderedRequest,
  subscriberZone: string | null,
): CalendarEventResult {
  const sent = sentEventOf(rendered);
  if (!sent.ok) return sent;
  let zone: string;
  try {
    zone = resolveIanaZone(subscriberZone ?? sent.event.timezone);
  } catch {
    return {
      ok: false,
      reason: `Unknown subscriber timezone "${subscriberZone}": use an IANA zone such as Europe/Madrid.`,
      problem: { code: 'unknown-zone', zone: subscriberZone ?? '' },
    };
  }
  const e = sent.event;
  const { span, ...times } = e.allDay ? allDayTimes(e, zone) : timedTimes(e, zone);
  const { segments, truncated, lastDate } = daySegments(...span);
  const reminder =
    e.notifyBefore === null
      ? null
      : { ...localMoment(times.start.utcMs - e.notifyBefore * MINUTE, zone), minutesBefore: e.notifyBefore };
  return {
    ok: true,
    event: {
      uid: e.eventId,
      title: e.title,
      description: e.description,
      location: e.location,
      sent: { start: e.start, end: e.end },
      eventZone: e.timezone,
      eventZoneIana: resolveIanaZone(e.timezone),
      zone,
      ...times,
      firstDate: span[0].slice(0, 10),
      lastDate,
      durationMinutes: Math.round((times.end.utcMs - times.start.utcMs) / MINUTE),
      segments,
      segmentsTruncated: truncated,
      clockChanges: clockChangesDuring(times.start.utcMs, times.end.utcMs, zone),
      reminder,
    },
  };
}
