import { formatNumber } from '../../ui/i18n';
import type { BrazeTemplate } from '../../core/template';
import { DropZone } from './drop-zone';
import type { OpenUser } from './open-user';
import { ProgressView } from './progress-view';
import { ReportCounts, ReportView } from './report-view';
import { TEXT } from './strings';
import { useDryRun } from './use-dry-run';
import './audience.css';
import '../../ui/button.css';
import '../../ui/card.css';

/** The audience dry-run tab: pick an export, watch it being checked, act on the report. */
export function AudienceDryRun(props: { template: BrazeTemplate; onOpenUser: OpenUser }) {
  const { state, start, cancel, reset } = useDryRun(props.template);
  return (
    <section className="ui-card audience" aria-labelledby="audience-title">
      <h2 id="audience-title">{TEXT.title}</h2>
      <p className="audience-muted">{TEXT.intro}</p>
      {(state.phase === 'idle' || state.phase === 'error') && <DropZone onFile={start} />}
      {state.phase === 'error' && (
        <div role="alert" className="audience-error">
          <strong>{TEXT.failedToRead}:</strong> {state.message}
        </div>
      )}
      {state.phase === 'running' && (
        <>
          <ProgressView fileName={state.fileName} progress={state.progress} onCancel={cancel} />
          {state.progress && <ReportCounts report={state.progress.report} />}
        </>
      )}
      {state.phase === 'finished' && (
        <>
          <div className="audience-row" role="status">
            <p>
              {state.cancelled
                ? TEXT.cancelled(formatNumber(state.report.users))
                : TEXT.doneIn(
                    formatNumber(state.report.users),
                    formatNumber(Math.round(state.seconds * 10) / 10),
                    formatNumber(Math.round(state.report.users / Math.max(state.seconds, 0.001))),
                  )}
            </p>
            <button type="button" className="ui-button" onClick={reset}>
              {TEXT.runAgain}
            </button>
          </div>
          {state.template !== props.template && <p className="audience-muted">{TEXT.stale}</p>}
          <ReportView report={state.report} fileName={state.fileName} onOpen={props.onOpenUser} />
        </>
      )}
    </section>
  );
}
