import { Trans } from '@lingui/react/macro';
import { memo } from 'react';
import type { DraftFieldName, Issue } from '../../core/issues';
import type { RenderedRequest } from '../../core/template';
import { BodyView } from './body-view';
import { ProblemList } from './problem-list';

type Header = RenderedRequest['headers'][number];

const sameHeaders = (a: readonly Header[], b: readonly Header[]) =>
  a === b ||
  (a.length === b.length &&
    a.every((header, i) => header.name === b[i]?.name && header.value === b[i]?.value));

/** Method and URL; an answer that leaves them as they were does not redraw them. */
const UrlSection = memo(function UrlSection(props: { method: string; url: string }) {
  return (
    <section className="preview-section" aria-labelledby="preview-url-heading">
      <h3 id="preview-url-heading" className="preview-section-title">
        URL
      </h3>
      <p className="preview-url">
        <span className="preview-method">{props.method}</span>
        <code className="preview-url-text">{props.url}</code>
      </p>
    </section>
  );
});

/** Every header unmasked; redrawn only when a name or value changes. */
const HeadersSection = memo(
  function HeadersSection(props: { headers: readonly Header[] }) {
    return (
      <section className="preview-section" aria-labelledby="preview-headers-heading">
        <h3 id="preview-headers-heading" className="preview-section-title">
          <Trans>Headers</Trans>
        </h3>
        <dl className="preview-headers">
          {props.headers.map((header, i) => (
            <div key={`${header.name}-${i}`} className="preview-header">
              <dt>{header.name}</dt>
              <dd>
                <code>{header.value}</code>
              </dd>
            </div>
          ))}
        </dl>
      </section>
    );
  },
  (a, b) => sameHeaders(a.headers, b.headers),
);

/** The problem list; the merged list the workspace passes keeps its identity while only the body changes. */
const ProblemsSection = memo(function ProblemsSection(props: {
  problems: Issue[];
  onGoToField?: (field: DraftFieldName) => void;
}) {
  return (
    <section className="preview-section" aria-labelledby="preview-problems-heading">
      <h3 id="preview-problems-heading" className="preview-section-title">
        <Trans>Problems</Trans>
      </h3>
      <ProblemList issues={props.problems} onGoToField={props.onGoToField} />
    </section>
  );
});

/**
 * Shows a rendered request: abort notice, method and URL, every header unmasked, the body, and the problems
 * (`problems`: the one merged list of the draft and this rendering; default: this rendering's own).
 */
export const RequestView = memo(function RequestView(props: {
  rendered: RenderedRequest;
  problems?: Issue[];
  onGoToField?: (field: DraftFieldName) => void;
}) {
  const { rendered, onGoToField } = props;
  const problems = props.problems ?? [...rendered.errors, ...rendered.warnings];
  return (
    <div className="preview-request">
      {rendered.aborted && (
        <div className="preview-abort" role="note">
          <strong>
            <Trans>Braze would not send to this user:</Trans>
          </strong>{' '}
          {rendered.aborted.reason}
        </div>
      )}
      <UrlSection method={rendered.method} url={rendered.url} />
      <HeadersSection headers={rendered.headers} />
      <section className="preview-section" aria-labelledby="preview-body-heading">
        <h3 id="preview-body-heading" className="preview-section-title">
          <Trans>Body</Trans>
        </h3>
        {rendered.body.trim() === '' && !rendered.aborted && rendered.errors.length > 0 ? (
          <p className="preview-empty">
            <Trans>The body could not be rendered for this user: see the problems below.</Trans>
          </p>
        ) : (
          <BodyView rendered={rendered} />
        )}
      </section>
      <ProblemsSection problems={problems} onGoToField={onGoToField} />
    </div>
  );
});
