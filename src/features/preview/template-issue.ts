import type { Issue } from '../../core/issues';

/** Tells whether an issue's line/column point into the template text (Liquid) rather than the rendered body. */
export function isTemplateIssue(issue: Issue): boolean {
  return issue.code.startsWith('liquid');
}
