import { memo } from 'react';
import type { DraftFieldName, Issue } from '../../core/issues';
import type { RenderedRequest } from '../../core/template';
import { BodyView } from './body-view';
import { ProblemList } from './problem-list';

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
          <strong>Braze would not send to this user:</strong> {rendered.aborted.reason}
        </div>
      )}
      <section className="preview-section" aria-labelledby="preview-url-heading">
        <h3 id="preview-url-heading" className="preview-section-title">
          URL
        </h3>
        <p className="preview-url">
          <span className="preview-method">{rendered.method}</span>
          <code className="preview-url-text">{rendered.url}</code>
        </p>
      </section>
      <section className="preview-section" aria-labelledby="preview-headers-heading">
        <h3 id="preview-headers-heading" className="preview-section-title">
          Headers
        </h3>
        <dl className="preview-headers">
          {rendered.headers.map((header, i) => (
            <div key={`${header.name}-${i}`} className="preview-header">
              <dt>{header.name}</dt>
              <dd>
                <code>{header.value}</code>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="preview-section" aria-labelledby="preview-body-heading">
        <h3 id="preview-body-heading" className="preview-section-title">
          Body
        </h3>
        {rendered.body.trim() === '' && !rendered.aborted && rendered.errors.length > 0 ? (
          <p className="preview-empty">
            The body could not be rendered for this user: see the problems below.
          </p>
        ) : (
          <BodyView rendered={rendered} />
        )}
      </section>
      <section className="preview-section" aria-labelledby="preview-problems-heading">
        <h3 id="preview-problems-heading" className="preview-section-title">
          Problems
        </h3>
        <ProblemList issues={problems} onGoToField={onGoToField} />
      </section>
    </div>
  );
});
