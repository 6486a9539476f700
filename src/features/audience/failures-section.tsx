import { formatNumber } from '../../ui/i18n';
import { type DryRunReport, REPORT_LIMITS, failuresCsv } from '../../core/audience';
import { downloadText } from './download-text';
import { ExampleButton } from './example-button';
import type { OpenUser } from './open-user';
import { TEXT } from './strings';

const SHOWN = 100;

/** The users who would not be sent, each opening their preview, and the CSV download of all of them. */
export function FailuresSection(props: { report: DryRunReport; fileName: string; onOpen: OpenUser }) {
  const { failures, failuresTruncated } = props.report;
  if (failures.length === 0) return null;
  const download = () => {
    const base = props.fileName.replace(/\.(gz|zip)$/i, '').replace(/\.[^.]+$/, '');
    downloadText(`${base || 'audience'}-failures.csv`, failuresCsv(failures), 'text/csv');
  };
  return (
    <section className="audience-section" aria-labelledby="audience-failures-title">
      <div className="audience-row">
        <h3 id="audience-failures-title">{TEXT.failuresTitle}</h3>
        <button type="button" className="ui-button" onClick={download}>
          {TEXT.download}
        </button>
      </div>
      {failures.length > SHOWN && (
        <p className="audience-muted">
          {TEXT.failuresShown(formatNumber(SHOWN), formatNumber(failures.length))}
        </p>
      )}
      {failuresTruncated && (
        <p className="audience-muted">{TEXT.failuresTruncated(formatNumber(REPORT_LIMITS.failureRows))}</p>
      )}
      <table className="audience-table">
        <thead>
          <tr>
            <th scope="col">{TEXT.column.user}</th>
            <th scope="col">{TEXT.column.outcome}</th>
            <th scope="col">{TEXT.column.cause}</th>
          </tr>
        </thead>
        <tbody>
          {failures.slice(0, SHOWN).map((f) => (
            <tr key={`${f.file ?? ''}${f.line}`}>
              <td>
                <ExampleButton example={f} onOpen={props.onOpen} />
              </td>
              <td>{TEXT.outcome[f.outcome]}</td>
              <td title={f.message}>
                <code>{f.code}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
