import type { UseQueryResult } from '@tanstack/react-query';
import type { SandboxEvent } from './api';
import { CalendarCard } from './calendar-card';

/** The events the built-in sandbox accepted, newest first, each as a calendar card. */
export function SandboxEvents(props: { events: UseQueryResult<SandboxEvent[], Error> }) {
  const { events } = props;
  return (
    <section className="test-send-sandbox" aria-labelledby="test-send-sandbox-heading">
      <h3 id="test-send-sandbox-heading">In the sandbox</h3>
      {events.isPending && <p className="test-send-muted">Loading the sandbox's events…</p>}
      {events.isError && <p className="test-send-error">{events.error.message}</p>}
      {events.data && events.data.length === 0 && (
        <p className="test-send-muted">Nothing yet. Send a test to see how the event lands in a calendar.</p>
      )}
      {events.data && events.data.length > 0 && (
        <ol className="test-send-events" aria-label="Events the sandbox accepted, newest first">
          {events.data.map((entry) => (
            <li key={entry.id}>
              <CalendarCard entry={entry} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
