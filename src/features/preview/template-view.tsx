import { Trans, useLingui } from '@lingui/react/macro';
import { memo } from 'react';
import { issueText } from '../../ui/issue-text';
import type { Issue } from '../../core/issues';
import type { BrazeTemplate } from '../../core/template';
import { CodeView } from './code-view';
import type { LineMark } from './code-view';
import { isTemplateIssue } from './template-issue';

function marksFor(issues: Issue[], field: Issue['field'], headerName?: string): Map<number, LineMark> {
  const marks = new Map<number, LineMark>();
  for (const issue of issues) {
    if (!isTemplateIssue(issue) || issue.line === undefined) continue;
    const inField = (issue.field ?? 'body') === field;
    if (!inField || (headerName !== undefined && !issue.path.endsWith(headerName))) continue;
    marks.set(issue.line - 1, { severity: issue.severity, message: issueText(issue), column: issue.column });
  }
  return marks;
}

/** Shows the raw Braze template (what gets pasted into Braze) with Liquid problems marked where they are. */
export const TemplateView = memo(function TemplateView(props: { template: BrazeTemplate; issues: Issue[] }) {
  const { template, issues } = props;
  const { t } = useLingui();
  return (
    <div className="preview-request">
      <section className="preview-section" aria-labelledby="preview-tpl-url-heading">
        <h3 id="preview-tpl-url-heading" className="preview-section-title">
          <Trans>Webhook URL</Trans>
        </h3>
        <CodeView label={t`Template URL`} lines={template.url.split('\n')} marks={marksFor(issues, 'url')} />
      </section>
      <section className="preview-section" aria-labelledby="preview-tpl-headers-heading">
        <h3 id="preview-tpl-headers-heading" className="preview-section-title">
          <Trans>Request headers ({template.method})</Trans>
        </h3>
        {template.headers.map((header) => (
          <div key={header.name} className="preview-tpl-header">
            <span className="preview-tpl-header-name">{header.name}</span>
            <CodeView
              label={t`Template header ${header.name}`}
              lines={header.value.split('\n')}
              marks={marksFor(issues, 'headers', header.name)}
            />
          </div>
        ))}
      </section>
      <section className="preview-section" aria-labelledby="preview-tpl-body-heading">
        <h3 id="preview-tpl-body-heading" className="preview-section-title">
          <Trans>Request body (raw text)</Trans>
        </h3>
        <CodeView
          label={t`Template body`}
          lines={template.body.split('\n')}
          marks={marksFor(issues, 'body')}
        />
      </section>
    </div>
  );
});
