import { memo, type ReactNode } from 'react';
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
  const { zones, add, remove } = useSubscriberZones();
  const view = useTimeSummary(draft, draftIssues, zones, now);
  return (
    <section className="composer-summary" aria-labelledby="composer-summary-title">
      <h3 id="composer-summary-title" className="composer-summary-title">
        Time summary
      </h3>
      {view.unavailable ? (
        <p className="composer-hint">{view.unavailable}</p>
      ) : (
        <table className="composer-summary-table">
          <thead>
            <tr>
              <th scope="col">Zone</th>
              <th scope="col">Start</th>
              <th scope="col">End</th>
              <th scope="col">
                <span className="composer-visually-hidden">Actions</span>
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
                      aria-label={`Remove ${row.removableZone}`}
                    >
                      Remove
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
        <ul className="composer-messages" aria-label="Time warnings">
          {view.warnings.map((w) => (
            <li key={`${w.code}-${w.message}`} className={`composer-message composer-message--${w.severity}`}>
              <span aria-hidden="true">{w.severity === 'error' ? '✕' : '!'}</span> {w.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="composer-summary-add">
        <label htmlFor="composer-add-zone" className="composer-label">
          Add a subscriber zone
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
