import type { Issue } from '../issues';
import { LIMITS, type RenderResult } from '../liquid';
import type { SampleUser } from '../sample-user';
import type { BrazeTemplate, RenderedRequest } from '../template';
import { checkUserForTemplate } from '../validate';
import { parseJsonBody } from '../validate';
import { validateRoktBody } from '../validate';
import { type RequestChecks, directChecks } from './request-checks';
import { type FieldRef, abortNotice, dedupeIssues, renderProblemIssue } from './field-issues';

/**
 * Whether a field is over the parse limit. Such a field is refused before parsing; scanning it for
 * pitfalls would only delay the one error that matters (shorten it), so the scan waits until every
 * field is within the limit.
 */
export function overParseLimit(sources: string[]): boolean {
  return sources.some((s) => s.length > LIMITS.parseLimit);
}

/**
 * The request `user` gets from the rendered template fields (`results`: URL, each header, body, in that
 * order): the template's `pitfalls` and the user's own checks against Rokt's model (neither when null:
 * a field is over the parse limit), the body parsed and checked against the Rokt endpoint of the
 * rendered URL, errors and warnings separated.
 */
export function assembleRequest(
  template: BrazeTemplate,
  user: SampleUser,
  results: RenderResult[],
  pitfalls: Issue[] | null,
  checks: RequestChecks = directChecks,
): RenderedRequest {
  const refs = checks.refs(template);
  const issues: Issue[] = pitfalls ? [...pitfalls, ...checkUserForTemplate(template, user)] : [];
  let aborted: RenderedRequest['aborted'];
  results.forEach((r, i) => {
    const ref = refs[i] as FieldRef;
    issues.push(...checks.laxWarnings(ref, r));
    if (r.ok) return;
    if (r.aborted) {
      if (!aborted) {
        aborted = { reason: r.aborted.reason, field: ref.field };
        issues.push(abortNotice(ref, r.aborted.reason));
      }
    } else {
      issues.push(renderProblemIssue(ref, r));
    }
  });

  const urlResult = results[0] as RenderResult;
  const bodyResult = results[results.length - 1] as RenderResult;
  const url = urlResult.output.trim();
  const headers = template.headers.map((h, i) => ({
    name: h.name,
    value: (results[i + 1] as RenderResult).output,
  }));
  const request = { url, method: template.method, headers, body: bodyResult.output };

  let json: unknown = null;
  if (!aborted) {
    if (urlResult.ok && headers.every((_, i) => (results[i + 1] as RenderResult).ok)) {
      issues.push(...checks.rendered(request));
    }
    if (bodyResult.ok) {
      const parsed = parseJsonBody(bodyResult.output);
      if (parsed.ok) {
        json = parsed.value;
        const endpoint = urlResult.ok ? checks.endpoint(url) : null;
        if (endpoint) issues.push(...validateRoktBody(json, endpoint));
      } else {
        issues.push(parsed.issue);
      }
    }
  }

  const all = dedupeIssues(issues);
  return {
    ...request,
    json,
    errors: all.filter((i) => i.severity === 'error'),
    warnings: all.filter((i) => i.severity === 'warning'),
    ...(aborted ? { aborted } : {}),
  };
}
