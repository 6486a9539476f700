import { formatNumber } from '../../ui/i18n';
import { causeFixText } from '../../ui/issue-text';
import type { DryRunReport } from '../../core/audience';
import { CausesChart } from './causes-chart';
import { ExampleButton } from './example-button';
import type { OpenUser } from './open-user';
import { TEXT } from './strings';

/** Each failure cause with its count, the fix and three example users; then the abort reasons. */
export function CausesSection(props: { report: DryRunReport; onOpen: OpenUser }) {
  const { causes, abortReasons } = props.report;
  return (
    <section className="audience-section" aria-labelledby="audience-causes-title">
      <h3 id="audience-causes-title">{TEXT.causesTitle}</h3>
      {causes.length === 0 ? (
        <p>{TEXT.noFailures}</p>
      ) : (
        <>
          <CausesChart causes={causes} />
          <ul className="audience-causes">
            {causes.map((c) => (
              <li key={c.code} data-cause={c.code}>
                <p>
                  <code>{c.code}</code> · <strong>{formatNumber(c.count)}</strong>
                </p>
                <p>
                  <strong>{TEXT.fix}</strong> {causeFixText(c.code, c.fix)}
                </p>
                <p className="audience-examples">
                  {TEXT.examples}{' '}
                  {c.examples.map((e) => (
                    <ExampleButton key={`${e.file ?? ''}${e.line}`} example={e} onOpen={props.onOpen} />
                  ))}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {abortReasons.length > 0 && (
        <>
          <h4>{TEXT.abortsTitle}</h4>
          <ul className="audience-causes">
            {abortReasons.map((a) => (
              <li key={a.reason}>
                <p>
                  {a.reason || '—'} · <strong>{formatNumber(a.count)}</strong>
                </p>
                <p className="audience-examples">
                  {TEXT.examples}{' '}
                  {a.examples.map((e) => (
                    <ExampleButton key={`${e.file ?? ''}${e.line}`} example={e} onOpen={props.onOpen} />
                  ))}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
