import { useState } from 'react';
import type { CalendarEvent } from '../../core/calendar';
import { googleCalendarLink, icsFileName, icsFileOf } from '../../core/calendar';
import '../../ui/button.css';
import { TEXT } from './calendar-text';
import { downloadTextFile } from './download-file';
import { longDate, longMoment, timeOf, whenText } from './format';

function Notes(props: { event: CalendarEvent }) {
  const { event } = props;
  const D = TEXT.details;
  const notes = [
    ...event.timeNotes.map((n) => (n.kind === 'nonexistent' ? D.nonexistent : D.ambiguous)(n.field, n.sent)),
    ...event.clockChanges.map((c) =>
      D.clockChangeNote(timeOf(c.localBefore), timeOf(c.localAfter), longDate(c.localBefore.slice(0, 10))),
    ),
    ...(event.segmentsTruncated ? [D.truncated] : []),
  ];
  if (notes.length === 0) return null;
  return (
    <ul className="cal-notes">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

/** The event's details as the subscriber reads them, and the .ics download and Google link built from it. */
export function EventDetails(props: { event: CalendarEvent }) {
  const { event } = props;
  const D = TEXT.details;
  const [error, setError] = useState<string | null>(null);
  const download = () => {
    try {
      downloadTextFile(icsFileName(event), icsFileOf(event, Date.now()), 'text/calendar;charset=utf-8');
      setError(null);
    } catch (e) {
      setError(`${TEXT.actions.downloadFailed} ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const reminder = event.reminder;
  return (
    <div className="cal-details">
      <h3 className="cal-details-title">{event.title}</h3>
      <dl className="cal-details-list">
        <dt>{D.when}</dt>
        <dd data-testid="calendar-when">
          {whenText(event)} · {D.duration(event.durationMinutes)} · {event.zone}
        </dd>
        {event.location && (
          <>
            <dt>{D.where}</dt>
            <dd>{event.location}</dd>
          </>
        )}
        <dt>{D.reminder}</dt>
        <dd data-testid="calendar-reminder">
          {reminder
            ? `${longMoment(reminder.local)} (${D.minutesBefore(reminder.minutesBefore)})`
            : D.noReminder}
        </dd>
        <dt>{D.sentAs}</dt>
        <dd>
          <code>{event.sent.start}</code>
          {event.sent.end && (
            <>
              {' – '}
              <code>{event.sent.end}</code>
            </>
          )}{' '}
          {event.eventZone}
        </dd>
        {event.description && (
          <>
            <dt>{D.description}</dt>
            <dd className="cal-description">{event.description}</dd>
          </>
        )}
      </dl>
      <Notes event={event} />
      <div className="cal-actions">
        <button type="button" className="ui-button ui-button--primary" onClick={download}>
          {TEXT.actions.download}
        </button>
        <a className="ui-button" href={googleCalendarLink(event)} target="_blank" rel="noopener noreferrer">
          {TEXT.actions.google}
        </a>
        <span className="cal-actions-note">{TEXT.actions.googleNote}</span>
      </div>
      {error && (
        <p className="cal-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
