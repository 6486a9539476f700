import { plural, t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { memo, useMemo, useState } from 'react';
import type { DraftFieldName, Issue } from '../../core/issues';
import { issueText } from '../../ui/issue-text';
import './preview.css';
import { RequestView } from './request-view';
import { SegmentedTabs } from './segmented-tabs';
import type { TabSpec } from './segmented-tabs';
import { TemplateView } from './template-view';
import { usePreviewState } from './use-preview';
import type { PreviewSession, PreviewState } from './use-preview';
import '../../ui/card.css';

type View = 'request' | 'template';
const tabs = (): TabSpec<View>[] => [
  { id: 'request', label: t({ message: 'Request', context: 'preview view' }) },
  { id: 'template', label: t`Template` },
];

function StatusBadge(props: { preview: PreviewState; problems: Issue[] }) {
  const { status } = props.preview;
  const errors = props.problems.filter((i) => i.severity === 'error').length;
  const warnings = props.problems.length - errors;
  const text =
    status === 'rendering' ? t`Rendering…` : status === 'failed' ? t`Preview failed` : t`Up to date`;
  const tone = status === 'failed' || (status === 'ready' && errors > 0) ? 'danger' : status;
  const counts = [
    errors > 0 ? plural(errors, { one: '# error', other: '# errors' }) : '',
    warnings > 0 ? plural(warnings, { one: '# warning', other: '# warnings' }) : '',
  ].filter(Boolean);
  return (
    <p className={`preview-status preview-status--${tone}`} role="status">
      <span className="preview-status-dot" aria-hidden="true" />
      {text}
      {status !== 'failed' && counts.length > 0 && (
        <span className="preview-status-counts"> · {counts.join(', ')}</span>
      )}
    </p>
  );
}

/** The pane's heading: the same on every answer, so an answer does not redraw it. */
const PaneTitle = memo(function PaneTitle() {
  return (
    <h2 id="preview-pane-title" className="preview-pane-title">
      <Trans>Live preview</Trans>
    </h2>
  );
});

/** Who the preview is rendered for (redrawn when the user changes, not on every answer). */
const RenderedFor = memo(function RenderedFor(props: { userName?: string; userId: string }) {
  const { userName, userId } = props;
  return (
    <p className="preview-for">
      {userName ? (
        <Trans>
          Rendered for <strong>{userName}</strong>
        </Trans>
      ) : (
        <Trans>Rendered for sample user</Trans>
      )}
      {userId && (
        <>
          {' '}
          (user_id <code>{userId}</code>)
        </>
      )}
    </p>
  );
});

interface PreviewPaneProps {
  userName?: string;
  /** The one merged problem list (draft fields, time checks, this rendering); default: the rendering's own. */
  problems?: Issue[];
  onGoToField?: (field: DraftFieldName) => void;
}

/**
 * The preview pane of a live session: it draws each change of the session itself, at once, without its
 * parent rendering (a keystroke's answer redraws this pane only).
 */
export const LivePreviewPane = memo(function LivePreviewPane({
  session,
  ...props
}: PreviewPaneProps & { session: PreviewSession }) {
  return <PreviewPane preview={usePreviewState(session)} {...props} />;
});

/**
 * The live preview: status, the sample user it renders for, and tabs for the rendered request
 * (URL, method, headers, pretty body, problems pinned in place) and the raw Braze template.
 */
export const PreviewPane = memo(function PreviewPane(props: PreviewPaneProps & { preview: PreviewState }) {
  const { preview, userName, onGoToField } = props;
  const [view, setView] = useState<View>('request');
  const userId = typeof preview.user.user_id === 'string' ? preview.user.user_id : '';
  const rendered = preview.rendered;
  const issues = useMemo(() => (rendered ? [...rendered.errors, ...rendered.warnings] : []), [rendered]);
  // The raw template keeps each issue's place in it, but words a problem typed in a form field as the field
  // does (an open {% if %} in Title, not liquidjs's complaint about the generated {% endcapture %}).
  const replaced = preview.replacedIssues;
  const templateIssues = useMemo(
    () =>
      issues.map((issue) => {
        const standIn = replaced?.get(issue);
        return standIn
          ? { ...issue, message: standIn.message, code: standIn.code, params: standIn.params ?? {} }
          : issue;
      }),
    [issues, replaced],
  );
  const problems = props.problems ?? issues;
  // The newest rendering known: one derived ahead of the worker's answer while plain text is typed.
  const shown = preview.ahead ?? rendered;
  return (
    <section className="ui-card preview-pane" aria-labelledby="preview-pane-title">
      <header className="preview-pane-header">
        <PaneTitle />
        <StatusBadge preview={preview} problems={problems} />
      </header>
      <RenderedFor userName={userName} userId={userId} />
      {preview.status === 'failed' && preview.error && (
        <div className="preview-failure" role="alert">
          {issueText(preview.error)}
        </div>
      )}
      <SegmentedTabs<View> label={t`Preview view`} tabs={tabs()} active={view} onChange={setView}>
        {(active) =>
          active === 'template' ? (
            <TemplateView template={preview.template} issues={templateIssues} />
          ) : shown ? (
            <RequestView rendered={shown} problems={problems} onGoToField={onGoToField} />
          ) : (
            <p className="preview-empty">
              {preview.status === 'rendering'
                ? t`Rendering the first preview…`
                : t`No rendered request to show.`}
            </p>
          )
        }
      </SegmentedTabs>
    </section>
  );
});
