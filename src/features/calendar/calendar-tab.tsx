import { memo } from 'react';
import type { CalendarEvent } from '../../core/calendar';
import '../../ui/button.css';
import '../../ui/card.css';
import { AllUsersTimes } from './all-users-times';
import './calendar.css';
import { CalendarGrid } from './calendar-grid';
import { TEXT } from './calendar-text';
import { EventDetails } from './event-details';
import { calendarProblemText } from './problem-text';
import { useLocale } from '../../ui/i18n';
import { ToggleGroup } from './toggle-group';
import type { CalendarTabProps } from './types';
import { useCalendarEvent } from './use-calendar-event';
import { type Look, type View, useCalendarView } from './use-calendar-view';
import { ZoneSelect } from './zone-select';

function EventCalendar(props: { event: CalendarEvent; userZone: string | null; pick(zone: string): void }) {
  const { event, userZone, pick } = props;
  const v = useCalendarView(event.firstDate);
  return (
    <>
      <div className="cal-toolbar">
        <ZoneSelect value={event.zone} userZone={userZone} eventZone={event.eventZoneIana} onChange={pick} />
        <ToggleGroup<View> label={TEXT.viewLabel} options={TEXT.views} value={v.view} onChange={v.setView} />
        <ToggleGroup<Look> label={TEXT.lookLabel} options={TEXT.looks} value={v.look} onChange={v.setLook} />
        <div className="cal-nav">
          <button
            type="button"
            className="ui-button"
            aria-label={TEXT.previous[v.view]}
            onClick={() => v.step(-1)}
          >
            ‹
          </button>
          <button type="button" className="ui-button" disabled={v.atEvent} onClick={v.toEvent}>
            {TEXT.toEvent}
          </button>
          <button
            type="button"
            className="ui-button"
            aria-label={TEXT.next[v.view]}
            onClick={() => v.step(1)}
          >
            ›
          </button>
        </div>
      </div>
      {!userZone && <p className="cal-hint">{TEXT.noUserZone}</p>}
      <CalendarGrid event={event} dates={v.dates} look={v.look} view={v.view} />
      <EventDetails event={event} />
    </>
  );
}

/**
 * The Calendar tab: the rendered event for the chosen sample user drawn as their calendar shows it, in their
 * timezone, with the .ics download and Google link; then every sample user's local date and time.
 */
export const CalendarTab = memo(function CalendarTab(props: CalendarTabProps) {
  const { rendered, status, user, userName } = props;
  const { result, userZone, pick } = useCalendarEvent(rendered, user);
  useLocale(); // memo: re-render when the language changes
  return (
    <section className="ui-card cal-tab" aria-labelledby="cal-tab-title" aria-busy={status === 'rendering'}>
      <header className="cal-tab-header">
        <h2 id="cal-tab-title" className="cal-tab-title">
          {TEXT.title}
        </h2>
        <p className="cal-tab-intro">
          {TEXT.intro} {TEXT.forUser} <strong>{userName}</strong>.
        </p>
      </header>
      {status === 'failed' ? (
        <p className="cal-empty" role="alert">
          {TEXT.failed}
        </p>
      ) : !result ? (
        <p className="cal-empty">{status === 'rendering' ? TEXT.rendering : TEXT.noEvent}</p>
      ) : result.ok ? (
        <EventCalendar event={result.event} userZone={userZone} pick={pick} />
      ) : (
        <p className="cal-empty cal-reason" role="status">
          {calendarProblemText(result.problem)}
        </p>
      )}
      <AllUsersTimes template={props.template} users={props.users} renderer={props.renderer} />
    </section>
  );
});
