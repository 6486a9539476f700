import { formatInstant, hostIanaZone } from '../../core/timezones';
import type { SandboxEvent } from './api';
import { calendarCardModel } from './calendar-card-model';

const receivedText = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatInstant(date, hostIanaZone());
};

/** How one event would look in a subscriber's calendar, with its earlier versions folded away. */
export function CalendarCard(props: { entry: SandboxEvent }) {
  const { entry } = props;
  const card = calendarCardModel(entry.event);
  const subscribers = entry.subscriptionIds.length;
  const versions = entry.history.length;
  return (
    <article className="test-send-card" aria-label={`Calendar entry: ${card.title}`}>
      <h4 className="test-send-card-title">{card.title}</h4>
      <p className="test-send-card-when">{card.when}</p>
      <p className="test-send-card-meta">{card.timezone}</p>
      {card.location && (
        <p>
          <span className="test-send-card-key">Where </span>
          {card.location}
        </p>
      )}
      {card.description && <p className="test-send-card-description">{card.description}</p>}
      {card.reminder && <p className="test-send-card-meta">{card.reminder}</p>}
      <p className="test-send-card-foot">
        {versions === 0 ? 'New event' : `Changed ${versions} time${versions === 1 ? '' : 's'}`} · id{' '}
        {entry.event.eventId} · account {entry.accountCode} · {subscribers} subscription
        {subscribers === 1 ? '' : 's'}
      </p>
      {versions > 0 && (
        <details className="test-send-history">
          <summary>
            Earlier version{versions === 1 ? '' : 's'} ({versions})
          </summary>
          <ol>
            {entry.history.map((version, i) => {
              const old = calendarCardModel(version.event);
              return (
                <li key={i}>
                  <span className="test-send-card-meta">
                    {version.endpoint === 'create' ? 'Created' : 'Updated'} {receivedText(version.receivedAt)}
                    :
                  </span>{' '}
                  {old.title} · {old.when}
                </li>
              );
            })}
          </ol>
        </details>
      )}
    </article>
  );
}
