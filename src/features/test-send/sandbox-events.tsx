import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
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
  const { t } = useLingui();
  const list = events.data?.pages.flatMap((page) => page.events) ?? [];
  const total = events.data?.pages[0]?.total ?? 0;
  return (
    <section className="test-send-sandbox" aria-labelledby="test-send-sandbox-heading">
      <div className="test-send-sandbox-head">
        <h3 id="test-send-sandbox-heading">
          <Trans>In the sandbox</Trans>
        </h3>
        <button
          type="button"
          className="ui-button"
          disabled={total === 0 || clear.isPending}
          onClick={() => clear.mutate()}
        >
          {clear.isPending ? t`Clearing…` : t`Clear`}
        </button>
      </div>
      <p className="test-send-muted" aria-live="polite">
        {clear.isSuccess &&
          total === 0 &&
          `${plural(clear.data, { one: 'Cleared # event.', other: 'Cleared # events.' })} `}
        {clear.isError && clear.error.message}
      </p>
      {events.isPending && (
        <p className="test-send-muted">
          <Trans>Loading the sandbox's events…</Trans>
        </p>
      )}
      {events.isError && <p className="test-send-error">{events.error.message}</p>}
      {events.isSuccess && list.length === 0 && (
        <p className="test-send-muted">
          <Trans>
            Nothing yet. Send a test to see how the event lands in a calendar. Only this browser sees its
            sandbox events.
          </Trans>
        </p>
      )}
      {list.length > 0 && (
        <>
          <p className="test-send-muted">
            {plural(total, {
              one: '# event, one per event id; an update changes its event and keeps the earlier versions. Only this browser sees them.',
              other:
                '# events, one per event id; an update changes its event and keeps the earlier versions. Only this browser sees them.',
            })}
          </p>
          <ol className="test-send-events" aria-label={t`Events in the sandbox, most recently changed first`}>
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
          {events.isFetchingNextPage
            ? t`Loading…`
            : plural(total - list.length, { one: 'Show older (# more)', other: 'Show older (# more)' })}
        </button>
      )}
    </section>
  );
}
