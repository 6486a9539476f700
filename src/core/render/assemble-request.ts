import type { Issue } from '../issues';
import { LIMITS, type RenderResult } from '../liquid';
import type { SampleUser } from '../sample-user';
import type { BrazeTemplate, RenderedRequest } from '../template';
import { checkUserForTemplate } from '../validate';
import { parseJsonBody } from '../validate';
import { validateRoktBody } from '../validate';
import { type RequestChecks, directChecks } from './request-checks';
import { type FieldRef, abortNotice, renderProblemIssue, splitIssues } from './field-issues';

/** Placeholder of a request's lists until they are known (never changed; replaced before it is returned). */
const NO_ISSUES: Issue[] = [];

/**
 * Whether a field is over the parse limit. Such a field is refused before parsing; scanning it for
 * pitfalls would only delay the one error that matters (shorten it), so the scan waits until every
 * field is within the limit.
 */
export function overParseLimit(sources: string[]): boolean {
  return sources.some((s) => s.length > LIMITS.parseLimit);
}

export function assembleRequest(
  template: BrazeTemplate,
  user: SampleUser,
  results: RenderResult[],
  pitfalls: Issue[] | null,
  checks: RequestChecks = directChecks,
): RenderedRequest {
  // One pass, no intermediate arrays: this runs for every user of an audience.
  const refs = checks.refs(template);
  const issues: Issue[] = [];
  if (pitfalls) {
    for (const issue of pitfalls) issues.push(issue);
    for (const issue of checkUserForTemplate(template, user)) issues.push(issue);
  }
  let aborted: RenderedRequest['aborted'];
  let headersOk = true;
  for (let i = 0; i < results.length; i++) {
    const r = results[i] as RenderResult;
    const ref = refs[i] as FieldRef;
    for (const issue of checks.laxWarnings(ref, r)) issues.push(issue);
    if (r.ok) continue;
    if (i > 0 && i < results.length - 1) headersOk = false;
    if (r.aborted) {
      if (!aborted) {
        aborted = { reason: r.aborted.reason, field: ref.field };
        issues.push(abortNotice(ref, r.aborted.reason));
      }
    } else {
      issues.push(renderProblemIssue(ref, r));
    }
  }

  const urlResult = results[0] as RenderResult;
  const bodyResult = results[results.length - 1] as RenderResult;
  const url = urlResult.output.trim();
  const headers = template.headers.map((h, i) => ({
    name: h.name,
    value: (results[i + 1] as RenderResult).output,
  }));
  const request: RenderedRequest = {
    url,
    method: template.method,
    headers,
    body: bodyResult.output,
    json: null,
    errors: NO_ISSUES,
    warnings: NO_ISSUES,
  };

  if (!aborted) {
    if (urlResult.ok && headersOk) {
      for (const issue of checks.rendered(request)) issues.push(issue);
    }
    if (bodyResult.ok) {
      const parsed = parseJsonBody(bodyResult.output);
      if (parsed.ok) {
        request.json = parsed.value;
        const endpoint = urlResult.ok ? checks.endpoint(url) : null;
        if (endpoint) for (const issue of validateRoktBody(parsed.value, endpoint)) issues.push(issue);
      } else {
        issues.push(parsed.issue);
      }
    }
  }

  const { errors, warnings } = splitIssues(issues);
  request.errors = errors;
  request.warnings = warnings;
  if (aborted) request.aborted = aborted;
  return request;
}
