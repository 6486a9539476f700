import './problem-list.css';
import type { Issue } from '../../core/issues';
import { isTemplateIssue } from './draft-issues';

function where(issue: Issue): string | null {
  if (issue.line === undefined) return null;
  const place = isTemplateIssue(issue) ? 'template' : 'rendered body';
  const column = issue.column !== undefined ? `, column ${issue.column}` : '';
  return `${place} line ${issue.line}${column}`;
}

/** Lists errors then warnings, each with the path it concerns, its sentence and where it sits. */
export function ProblemList(props: { errors: Issue[]; warnings: Issue[] }) {
  const all = [...props.errors, ...props.warnings];
  if (all.length === 0) {
    return <p className="preview-problems-none">No problems: Rokt would accept this request.</p>;
  }
  return (
    <ul className="preview-problems" aria-label="Problems">
      {all.map((issue, i) => {
        const place = where(issue);
        return (
          <li
            key={`${issue.code}-${issue.path}-${i}`}
            className={`preview-problem preview-problem--${issue.severity}`}
          >
            <span className="preview-problem-severity">
              {issue.severity === 'error' ? 'Error' : 'Warning'}
            </span>
            {issue.path && <code className="preview-problem-path">{issue.path}</code>}
            <span className="preview-problem-message">{issue.message}</span>
            {place && <span className="preview-problem-where">{place}</span>}
            {issue.excerpt && <code className="preview-problem-excerpt">{issue.excerpt}</code>}
          </li>
        );
      })}
    </ul>
  );
}
