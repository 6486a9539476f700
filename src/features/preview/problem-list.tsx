import './problem-list.css';
import { t } from '@lingui/core/macro';
import { draftFieldOf, type DraftFieldName, type Issue } from '../../core/issues';
import { fieldLabel } from '../../ui/field-labels';
import { issueText } from '../../ui/issue-text';
import { isTemplateIssue } from './template-issue';

/** Every sentence the problem list shows, in one place, in the active language (read when shown). */
const TEXT = {
  get none() {
    return t`No problems: Rokt would accept this request.`;
  },
  get error() {
    return t`Error`;
  },
  get warning() {
    return t`Warning`;
  },
  get list() {
    return t`Problems`;
  },
  goTo: (label: string) => t`Go to ${label}`,
  where: (place: string, line: number, column: number | undefined) =>
    column === undefined ? t`${place} line ${line}` : t`${place} line ${line}, column ${column}`,
  get template() {
    return t`template`;
  },
  get renderedBody() {
    return t`rendered body`;
  },
};

function where(issue: Issue): string | null {
  if (issue.line === undefined) return null;
  const field = issue.field === 'draft' ? draftFieldOf(issue) : null;
  const place = field ? fieldLabel(field) : isTemplateIssue(issue) ? TEXT.template : TEXT.renderedBody;
  return TEXT.where(place, issue.line, issue.column);
}

/**
 * Lists every problem, errors first (the caller passes one merged list), each with the path it concerns,
 * its sentence, where it sits, and a button that moves to the composer field it is about.
 */
export function ProblemList(props: { issues: Issue[]; onGoToField?: (field: DraftFieldName) => void }) {
  const { issues, onGoToField } = props;
  if (issues.length === 0) return <p className="preview-problems-none">{TEXT.none}</p>;
  return (
    <ul className="preview-problems" aria-label={TEXT.list}>
      {issues.map((issue, i) => {
        const place = where(issue);
        const field = onGoToField ? draftFieldOf(issue) : null;
        return (
          <li
            key={`${issue.code}-${issue.path}-${i}`}
            className={`preview-problem preview-problem--${issue.severity}`}
          >
            <span className="preview-problem-severity">
              {issue.severity === 'error' ? TEXT.error : TEXT.warning}
            </span>
            {issue.path && <code className="preview-problem-path">{issue.path}</code>}
            <span className="preview-problem-message">{issueText(issue)}</span>
            {place && <span className="preview-problem-where">{place}</span>}
            {issue.excerpt && <code className="preview-problem-excerpt">{issue.excerpt}</code>}
            {field && onGoToField && (
              <button type="button" className="preview-problem-goto" onClick={() => onGoToField(field)}>
                {TEXT.goTo(fieldLabel(field))}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
