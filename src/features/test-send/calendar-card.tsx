import type { SandboxEvent } from './api';
import { calendarCardModel } from './calendar-card-model';

/** How one accepted event would look in a subscriber's calendar. */
export function CalendarCard(props: { entry: SandboxEvent }) {
  const { entry } = props;
  const card = calendarCardModel(entry.event);
  const subscribers = entry.subscriptionIds.length;
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
        {entry.endpoint === 'update' ? 'Update' : 'New event'} · id {entry.event.eventId} · account{' '}
        {entry.accountCode}
        {entry.endpoint === 'create' && ` · ${subscribers} subscription${subscribers === 1 ? '' : 's'}`}
      </p>
    </article>
  );
}
