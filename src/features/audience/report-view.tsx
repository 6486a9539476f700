import { formatNumber } from '../../ui/i18n';
import type { DryRunReport } from '../../core/audience';
import { AudienceFacts } from './audience-facts';
import { CausesSection } from './causes-section';
import { FailuresSection } from './failures-section';
import { HourChart } from './hour-chart';
import type { OpenUser } from './open-user';
import { TEXT } from './strings';

/** The totals as big numbers (also shown, live, while a run is going). */
export function ReportCounts(props: { report: DryRunReport }) {
  const r = props.report;
  const items = [
    ['users', r.users],
    ['sent', r.sent],
    ['aborted', r.aborted],
    ['failed', r.failed],
    ['malformed', r.malformed.count],
  ] as const;
  return (
    <dl className="audience-counts">
      {items.map(([key, value]) => (
        <div key={key} className={`audience-count audience-count--${key}`} data-count={key}>
          <dt>{TEXT.counts[key]}</dt>
          <dd>{formatNumber(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The whole report: counts, charts, causes with fixes, accounts, duplicates and the failures list. */
export function ReportView(props: { report: DryRunReport; fileName: string; onOpen: OpenUser }) {
  const { report } = props;
  return (
    <div className="audience-report">
      <ReportCounts report={report} />
      <HourChart hours={report.localStartHours} unknown={report.localStartUnknown} />
      <CausesSection report={report} onOpen={props.onOpen} />
      <FailuresSection report={report} fileName={props.fileName} onOpen={props.onOpen} />
      <AudienceFacts report={report} />
    </div>
  );
}
