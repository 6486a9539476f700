import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { formatInstant, hostIanaZone } from '../../core/timezones';
import { activeFormattingLocale } from '../../ui/i18n';
import type { SandboxEvent } from './api';
import { calendarCardModel } from './calendar-card-model';

const receivedText = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : formatInstant(date, hostIanaZone(), { locale: activeFormattingLocale() });
};

/** How one event would look in a subscriber's calendar, with its earlier versions folded away. */
export function CalendarCard(props: { entry: SandboxEvent }) {
  const { entry } = props;
  const { t } = useLingui();
  const card = calendarCardModel(entry.event);
  const subscribers = entry.subscriptionIds.length;
  const versions = entry.history.length;
  const { eventId } = entry.event;
  const { accountCode } = entry;
  return (
    <article className="test-send-card" aria-label={t`Calendar entry: ${card.title}`}>
      <h4 className="test-send-card-title">{card.title}</h4>
      <p className="test-send-card-when">{card.when}</p>
      <p className="test-send-card-meta">{card.timezone}</p>
      {card.location && (
        <p>
          <span className="test-send-card-key">
            <Trans>Where</Trans>{' '}
          </span>
          {card.location}
        </p>
      )}
      {card.description && <p className="test-send-card-description">{card.description}</p>}
      {card.reminder && <p className="test-send-card-meta">{card.reminder}</p>}
      <p className="test-send-card-foot">
        {versions === 0
          ? t`New event`
          : plural(versions, { one: 'Changed # time', other: 'Changed # times' })}{' '}
        · <Trans>id {eventId}</Trans> · <Trans>account {accountCode}</Trans> ·{' '}
        {plural(subscribers, { one: '# subscription', other: '# subscriptions' })}
      </p>
      {versions > 0 && (
        <details className="test-send-history">
          <summary>{plural(versions, { one: 'Earlier version (#)', other: 'Earlier versions (#)' })}</summary>
          <ol>
            {entry.history.map((version, i) => {
              const old = calendarCardModel(version.event);
              const receivedAt = receivedText(version.receivedAt);
              return (
                <li key={i}>
                  <span className="test-send-card-meta">
                    {version.endpoint === 'create' ? t`Created ${receivedAt}:` : t`Updated ${receivedAt}:`}
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
