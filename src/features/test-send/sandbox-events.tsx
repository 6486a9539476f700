import type { InfiniteData, UseInfiniteQueryResult, UseMutationResult } from '@tanstack/react-query';
import '../../ui/button.css';
import type { SandboxPage } from './api';
import { CalendarCard } from './calendar-card';

/** This browser's events in the built-in sandbox, most recently changed first, each as a calendar card; Clear. */
export function SandboxEvents(props: {
  events: UseInfiniteQueryResult<InfiniteData<SandboxPage>, Error>;
  clear: UseMutationResult<number, Error, void>;
}) {
  const { events, clear } = props;
  const list = events.data?.pages.flatMap((page) => page.events) ?? [];
  const total = events.data?.pages[0]?.total ?? 0;
  return (
    <section className="test-send-sandbox" aria-labelledby="test-send-sandbox-heading">
      <div className="test-send-sandbox-head">
        <h3 id="test-send-sandbox-heading">In the sandbox</h3>
        <button
          type="button"
          className="ui-button"
          disabled={total === 0 || clear.isPending}
          onClick={() => clear.mutate()}
        >
          {clear.isPending ? 'Clearing…' : 'Clear'}
        </button>
      </div>
      <p className="test-send-muted" aria-live="polite">
        {clear.isSuccess && total === 0 && `Cleared ${clear.data} event${clear.data === 1 ? '' : 's'}. `}
        {clear.isError && clear.error.message}
      </p>
      {events.isPending && <p className="test-send-muted">Loading the sandbox's events…</p>}
      {events.isError && <p className="test-send-error">{events.error.message}</p>}
      {events.isSuccess && list.length === 0 && (
        <p className="test-send-muted">
          Nothing yet. Send a test to see how the event lands in a calendar. Only this browser sees its
          sandbox events.
        </p>
      )}
      {list.length > 0 && (
        <>
          <p className="test-send-muted">
            {total} event{total === 1 ? '' : 's'}, one per event id; an update changes its event and keeps the
            earlier versions. Only this browser sees them.
          </p>
          <ol className="test-send-events" aria-label="Events in the sandbox, most recently changed first">
            {list.map((entry) => (
              <li key={entry.id}>
                <CalendarCard entry={entry} />
              </li>
            ))}
          </ol>
        </>
      )}
      {events.hasNextPage && (
        <button
          type="button"
          className="ui-button"
          disabled={events.isFetchingNextPage}
          onClick={() => void events.fetchNextPage()}
        >
          {events.isFetchingNextPage ? 'Loading…' : `Show older (${total - list.length} more)`}
        </button>
      )}
    </section>
  );
}
