import type { Issue } from '../issues';
import type { RenderResult } from '../liquid';

/** Where a rendered piece of the template came from. */
export interface FieldRef {
  field: 'url' | 'headers' | 'body';
  path: string;
}

/** Turns a failed render (not an abort) into an error Issue located in that field's template text. */
export function renderProblemIssue(ref: FieldRef, result: Extract<RenderResult, { ok: false }>): Issue {
  const where =
    ref.field === 'body' ? 'the body' : ref.field === 'url' ? 'the URL' : `the ${ref.path.slice(8)} header`;
  const p = result.problem;
  if (!p) {
    return {
      code: 'render.failed',
      path: ref.path,
      field: ref.field,
      severity: 'error',
      message: `The Liquid in ${where} could not be rendered for this user.`,
    };
  }
  return {
    code: p.code,
    path: ref.path,
    field: ref.field,
    severity: 'error',
    message: p.message,
    line: p.line,
    column: p.column,
    excerpt: p.excerpt,
    ...(p.params ? { params: p.params } : {}),
  };
}

/** The warnings a field's render carries (risky lax Liquid), each located in that field's template text. */
export function laxWarningIssues(ref: FieldRef, result: RenderResult): Issue[] {
  return (result.warnings ?? []).map((w) => ({
    code: w.code,
    path: ref.path,
    field: ref.field,
    severity: 'warning',
    message: w.message,
    line: w.line,
    column: w.column,
    excerpt: w.excerpt,
    ...(w.params ? { params: w.params } : {}),
  }));
}

/** The notice shown when the template stops the send with abort_message (Braze skips this user; not an error). */
export function abortNotice(ref: FieldRef, reason: string): Issue {
  const said = reason.trim() === '' ? '' : ` ("${reason}")`;
  return {
    code: 'render.aborted',
    path: ref.path,
    field: ref.field,
    severity: 'warning',
    message: `Braze would skip this user: the template stops the send with abort_message${said}. Nothing is sent to Rokt for them.`,
    params: { reason },
  };
}

/** Up to this many Issues are compared pairwise instead of keyed. */
const FEW = 16;

/** Whether two Issues repeat each other: same code and path, and for lax-syntax warnings the same position. */
function repeats(a: Issue, b: Issue): boolean {
  if (a.code !== b.code || a.path !== b.path) return false;
  return !a.code.startsWith('liquid.lax-') || (a.line === b.line && a.column === b.column);
}

/**
 * Removes repeated Issues (same code and path), keeping the first, which carries the most detail; lax-syntax
 * warnings are kept once per position (the body holds several form fields, each may have its own). Errors
 * and warnings come separated, each in the order given.
 */
export function splitIssues(issues: readonly Issue[]): { errors: Issue[]; warnings: Issue[] } {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const keep = (issue: Issue) => {
    if (issue.severity === 'error') errors.push(issue);
    else if (issue.severity === 'warning') warnings.push(issue);
  };
  if (issues.length <= FEW) {
    // A request usually has a handful of Issues: comparing each with the earlier ones costs less than keys.
    next: for (let i = 0; i < issues.length; i++) {
      const issue = issues[i] as Issue;
      for (let j = 0; j < i; j++) if (repeats(issues[j] as Issue, issue)) continue next;
      keep(issue);
    }
    return { errors, warnings };
  }
  const seen = new Set<string>();
  for (const issue of issues) {
    const at = issue.code.startsWith('liquid.lax-') ? `\u0000${issue.line}:${issue.column}` : '';
    const key = `${issue.code}\u0000${issue.path}${at}`;
    if (seen.has(key)) continue;
    seen.add(key);
    keep(issue);
  }
  return { errors, warnings };
}
