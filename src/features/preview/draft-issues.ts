import type { Issue } from '../../core/issues';
import { draftFieldIssue } from '../../core/template';
import type { RenderedRequest } from '../../core/template';
import { isTemplateIssue } from './template-issue';

/** Liquid problems placed in the draft fields they come from, and the rendered issues they replace. */
export interface DraftIssues {
  /** Re-pathed to the field's name (`title`, `description`…), positioned in that field's own text. */
  issues: Issue[];
  /** The rendered request's issues (as found in the body), each with the field issue that stands for it. */
  replaced: ReadonlyMap<Issue, Issue>;
}

/**
 * Returns the Liquid problems of a rendered request that sit in one draft field's part of the body,
 * re-pathed to that field so the composer shows them next to it, with line and column in what the
 * marketer typed there.
 */
export function draftIssuesOf(body: string, rendered: RenderedRequest | null): DraftIssues {
  const issues: Issue[] = [];
  const replaced = new Map<Issue, Issue>();
  if (!rendered) return { issues, replaced };
  for (const issue of [...rendered.errors, ...rendered.warnings]) {
    if (!isTemplateIssue(issue) || issue.line === undefined) continue;
    if (issue.field !== undefined && issue.field !== 'body') continue;
    const located = draftFieldIssue(body, issue);
    if (located) {
      issues.push(located);
      replaced.set(issue, located);
    }
  }
  return { issues, replaced };
}
