import { Trans, useLingui } from '@lingui/react/macro';
import { memo, type ReactNode } from 'react';
import { issueText } from '../../ui/issue-text';
import type { DraftTiming } from '../../core/event';
import type { Issue } from '../../core/issues';
import type { TimezoneSlotProps } from './types';
import { useSubscriberZones } from './use-subscriber-zones';
import { useTimeSummary } from './use-time-summary';

interface TimeSummaryProps {
  draft: DraftTiming;
  draftIssues: Issue[];
  now: Date;
  eventDate: Date;
  timezonePicker: (props: TimezoneSlotProps) => ReactNode;
}

/** Start, end and reminder in UTC, the marketer's zone and added subscriber zones, with time warnings. */
export const TimeSummary = memo(function TimeSummary({
  draft,
  draftIssues,
  now,
  eventDate,
  timezonePicker,
}: TimeSummaryProps) {
  const { t } = useLingui();
  const { zones, add, remove } = useSubscriberZones();
  const view = useTimeSummary(draft, draftIssues, zones, now);
  return (
    <section className="composer-summary" aria-labelledby="composer-summary-title">
      <h3 id="composer-summary-title" className="composer-summary-title">
        <Trans>Time summary</Trans>
      </h3>
      {view.unavailable ? (
        <p className="composer-hint">{view.unavailable}</p>
      ) : (
        <table className="composer-summary-table">
          <thead>
            <tr>
              <th scope="col">
                <Trans>Zone</Trans>
              </th>
              <th scope="col">{t({ message: 'Start', context: 'field' })}</th>
              <th scope="col">{t({ message: 'End', context: 'field' })}</th>
              <th scope="col">
                <span className="composer-visually-hidden">
                  <Trans>Actions</Trans>
                </span>
              </th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{row.start}</td>
                <td>{row.end}</td>
                <td>
                  {row.removableZone ? (
                    <button
                      type="button"
                      className="composer-link-button"
                      onClick={() => remove(row.removableZone ?? '')}
                      aria-label={t`Remove ${row.removableZone}`}
                    >
                      <Trans>Remove</Trans>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {view.reminder ? <p className="composer-summary-reminder">{view.reminder}</p> : null}
      {view.warnings.length > 0 ? (
        <ul className="composer-messages" aria-label={t`Time warnings`}>
          {view.warnings.map((w) => (
            <li key={`${w.code}-${w.message}`} className={`composer-message composer-message--${w.severity}`}>
              <span aria-hidden="true">{w.severity === 'error' ? '✕' : '!'}</span> {issueText(w)}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="composer-summary-add">
        <label htmlFor="composer-add-zone" className="composer-label">
          <Trans>Add a subscriber zone</Trans>
        </label>
        {timezonePicker({
          id: 'composer-add-zone',
          value: '',
          onChange: add,
          onBlur: () => undefined,
          eventDate,
          invalid: false,
        })}
      </div>
    </section>
  );
});
