import { useLayoutEffect, useRef } from 'react';
import type { CalendarEvent } from '../../core/calendar';
import { minuteOfDay } from '../../core/calendar';
import { TEXT } from './calendar-text';
import { dateRange, dayNumber, timeOf, timeRange, weekday } from './format';
import type { Look, View } from './use-calendar-view';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
/** Shortest block drawn, in minutes, so a zero-length event stays visible. */
const MIN_BLOCK = 20;
const pct = (minute: number) => `${(minute / 1440) * 100}%`;

function AllDayRow(props: { event: CalendarEvent; dates: string[] }) {
  const { event, dates } = props;
  const first = dates.findIndex((d) => d >= event.firstDate);
  const last = dates.findLastIndex((d) => d <= event.lastDate);
  const visible = event.allDay && first !== -1 && last !== -1 && first <= last;
  return (
    <div className="cal-allday">
      <div className="cal-gutter cal-allday-label">{TEXT.allDay}</div>
      <div className="cal-allday-cells" style={{ gridTemplateColumns: `repeat(${dates.length}, 1fr)` }}>
        {visible && (
          <div
            className="cal-banner"
            style={{ gridColumn: `${first + 1} / ${last + 2}` }}
            data-continues-before={dates[first] !== event.firstDate || undefined}
            data-continues-after={dates[last] !== event.lastDate || undefined}
          >
            {event.title}
          </div>
        )}
      </div>
    </div>
  );
}

function DayColumn(props: { event: CalendarEvent; date: string }) {
  const { event, date } = props;
  const segments = event.allDay ? [] : event.segments.filter((s) => s.date === date);
  const reminder = event.reminder?.local.startsWith(date) ? event.reminder : null;
  const changes = event.clockChanges.filter((c) => c.localBefore.startsWith(date));
  return (
    <div className="cal-col" data-date={date}>
      {segments.map((s) => (
        <div
          key={s.fromMinute}
          className="cal-event"
          style={{ top: pct(s.fromMinute), height: pct(Math.max(s.toMinute - s.fromMinute, MIN_BLOCK)) }}
        >
          <strong className="cal-event-title">{event.title}</strong>
          <span className="cal-event-time">
            {s.continuesFromPreviousDay || s.continuesToNextDay
              ? `${s.continuesFromPreviousDay ? `↑ ${TEXT.continuesBefore}` : timeOf(event.start.local)} – ${
                  s.continuesToNextDay ? `${TEXT.continuesAfter} ↓` : timeOf(event.end.local)
                }`
              : timeRange(event.start.local, event.end.local)}
          </span>
          {event.location && <span className="cal-event-location">{event.location}</span>}
        </div>
      ))}
      {reminder && (
        <div className="cal-marker cal-marker--reminder" style={{ top: pct(minuteOfDay(reminder.local)) }}>
          <span>{TEXT.reminderMarker(timeOf(reminder.local))}</span>
        </div>
      )}
      {changes.map((c) => (
        <div
          key={c.utcMs}
          className="cal-marker cal-marker--clock"
          style={{ top: pct(minuteOfDay(c.localBefore)) }}
        >
          <span>{TEXT.clockChange(timeOf(c.localBefore), timeOf(c.localAfter))}</span>
        </div>
      ))}
    </div>
  );
}

/** A day or week of the subscriber's calendar in one of three looks, scrolled to the event. */
export function CalendarGrid(props: { event: CalendarEvent; dates: string[]; look: Look; view: View }) {
  const { event, dates, look, view } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const firstMinute = event.allDay
    ? 8 * 60
    : (event.segments.find((s) => dates.includes(s.date))?.fromMinute ?? 8 * 60);
  const reminderMinute =
    event.reminder && dates.includes(event.reminder.local.slice(0, 10))
      ? minuteOfDay(event.reminder.local)
      : 1440;

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const minute = Math.min(firstMinute, reminderMinute);
    el.scrollTop = Math.max(0, (minute / 1440) * el.scrollHeight - 24);
  }, [firstMinute, reminderMinute, dates]);

  const range = dateRange(dates[0]!, dates[dates.length - 1]!);
  return (
    <div className={`cal cal--${look} cal--${view}`} role="group" aria-label={TEXT.gridLabel(range)}>
      <div
        className="cal-head"
        style={{ gridTemplateColumns: `var(--cal-gutter) repeat(${dates.length}, 1fr)` }}
      >
        <div className="cal-gutter" />
        {dates.map((d) => (
          <div
            key={d}
            className="cal-day-head"
            data-event-day={(d >= event.firstDate && d <= event.lastDate) || undefined}
          >
            <span className="cal-weekday">{weekday(d)}</span>
            <span className="cal-day-number">{dayNumber(d)}</span>
          </div>
        ))}
      </div>
      <AllDayRow event={event} dates={dates} />
      <div className="cal-scroll" ref={scroller} tabIndex={0}>
        <div className="cal-body">
          <div className="cal-hours" aria-hidden="true">
            {HOURS.map((h) => (
              <span key={h} className="cal-hour" style={{ top: pct(h * 60) }}>
                {h === 0 ? '' : `${String(h).padStart(2, '0')}:00`}
              </span>
            ))}
          </div>
          <div className="cal-columns" style={{ gridTemplateColumns: `repeat(${dates.length}, 1fr)` }}>
            {dates.map((d) => (
              <DayColumn key={d} event={event} date={d} />
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
