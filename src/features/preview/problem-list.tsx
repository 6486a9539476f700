import './problem-list.css';
import { draftFieldLabel, draftFieldOf, type DraftFieldName, type Issue } from '../../core/issues';
import { isTemplateIssue } from './template-issue';

/** Every sentence the problem list shows, in one place. */
const TEXT = {
  none: 'No problems: Rokt would accept this request.',
  error: 'Error',
  warning: 'Warning',
  list: 'Problems',
  goTo: (label: string) => `Go to ${label}`,
  where: (place: string, line: number, column?: number) =>
    `${place} line ${line}${column !== undefined ? `, column ${column}` : ''}`,
  template: 'template',
  renderedBody: 'rendered body',
};

function where(issue: Issue): string | null {
  if (issue.line === undefined) return null;
  const field = issue.field === 'draft' ? draftFieldOf(issue) : null;
  const place = field ? draftFieldLabel(field) : isTemplateIssue(issue) ? TEXT.template : TEXT.renderedBody;
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
            <span className="preview-problem-message">{issue.message}</span>
            {place && <span className="preview-problem-where">{place}</span>}
            {issue.excerpt && <code className="preview-problem-excerpt">{issue.excerpt}</code>}
            {field && onGoToField && (
              <button type="button" className="preview-problem-goto" onClick={() => onGoToField(field)}>
                {TEXT.goTo(draftFieldLabel(field))}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
