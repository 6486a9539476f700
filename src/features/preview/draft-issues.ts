import type { Issue } from '../../core/issues';
import { draftFieldAtBodyLine } from '../../core/template';
import type { RenderedRequest } from '../../core/template';

/** Tells whether an issue's line/column point into the template text (Liquid) rather than the rendered body. */
export function isTemplateIssue(issue: Issue): boolean {
  return issue.code.startsWith('liquid');
}

/**
 * Returns the Liquid problems of a rendered request that sit in the body line of one draft field,
 * re-pathed to that field's name (`title`, `description`...) so the composer shows them next to it.
 */
export function draftIssuesOf(body: string, rendered: RenderedRequest | null): Issue[] {
  if (!rendered) return [];
  const found: Issue[] = [];
  for (const issue of [...rendered.errors, ...rendered.warnings]) {
    if (!isTemplateIssue(issue) || issue.line === undefined) continue;
    if (issue.field !== undefined && issue.field !== 'body') continue;
    const field = draftFieldAtBodyLine(body, issue.line);
    if (field) found.push({ ...issue, path: field, field: 'draft' });
  }
  return found;
}
