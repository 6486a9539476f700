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

/**
 * Removes repeated Issues (same code and path), keeping the first, which carries the most detail; lax-syntax
 * warnings are kept once per position (the body holds several form fields, each may have its own).
 */
export function dedupeIssues(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = i.code.startsWith('liquid.lax-')
      ? `${i.code}\u0000${i.path}\u0000${i.line}:${i.column}`
      : `${i.code}\u0000${i.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
