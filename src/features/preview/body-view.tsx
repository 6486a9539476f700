import { useLingui } from '@lingui/react/macro';
import { memo, useMemo } from 'react';
import { issueText } from '../../ui/issue-text';
import type { Issue } from '../../core/issues';
import type { RenderedRequest } from '../../core/template';
import { CodeView } from './code-view';
import type { LineMark } from './code-view';
import { isTemplateIssue } from './template-issue';
import { lineOfPath, prettyJsonLines } from './json-lines';
import type { JsonLine } from './json-lines';

const isJsonIssue = (issue: Issue) => issue.code.startsWith('json');

function jsonContent(line: JsonLine) {
  return line.tokens.map((token, i) =>
    token.kind === 'space' ? (
      token.text
    ) : (
      <span key={i} className={`preview-json-${token.kind}`}>
        {token.text}
      </span>
    ),
  );
}

function addMark(marks: Map<number, LineMark>, index: number, issue: Issue, column?: number): void {
  const existing = marks.get(index);
  if (existing?.severity === 'error') return;
  marks.set(index, { severity: issue.severity, message: issueText(issue), column });
}

/**
 * Shows the rendered body: pretty-printed and coloured when it is JSON (Rokt problems marked on the
 * key they concern), otherwise the raw text with JSON syntax errors marked at their line and column.
 */
export const BodyView = memo(function BodyView(props: { rendered: RenderedRequest }) {
  const { rendered } = props;
  const { t, i18n } = useLingui();
  const locale = i18n.locale;
  const view = useMemo(() => {
    // The marks' sentences are in the active language (`locale`): worded again on a switch.
    void locale;
    const issues = [...rendered.errors, ...rendered.warnings];
    const marks = new Map<number, LineMark>();
    if (rendered.json !== null && rendered.json !== undefined) {
      const lines = prettyJsonLines(rendered.json);
      for (const issue of issues) {
        if (isTemplateIssue(issue) || isJsonIssue(issue) || (issue.field && issue.field !== 'body')) continue;
        const index = lineOfPath(lines, issue.path);
        if (index >= 0) addMark(marks, index, issue);
      }
      const texts = lines.map((line) => line.tokens.map((token) => token.text).join(''));
      return { pretty: true, lines: lines.map(jsonContent), texts, marks };
    }
    for (const issue of issues) {
      if (isJsonIssue(issue) && issue.line !== undefined) addMark(marks, issue.line - 1, issue, issue.column);
    }
    return { pretty: false, lines: rendered.body.split('\n'), texts: undefined, marks };
  }, [rendered, locale]);
  return (
    <CodeView
      label={view.pretty ? t`Rendered body (pretty-printed JSON)` : t`Rendered body (raw text)`}
      lines={view.lines}
      texts={view.texts}
      marks={view.marks}
    />
  );
});
