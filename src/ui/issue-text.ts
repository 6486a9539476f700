import type { Issue } from '../core/issues';

/** A problem's sentence in the active language, worded from its code and parameters. */
export function issueText(issue: Issue): string {
  return issue.message;
}
