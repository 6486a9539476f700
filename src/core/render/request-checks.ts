import type { Issue } from '../issues';
import type { BrazeTemplate } from '../template';
import { type RoktEndpoint, checkRenderedRequest, endpointOfUrl } from '../validate';
import type { RenderResult } from '../liquid';
import { remember } from '../memo';
import { type FieldRef, laxWarningIssues } from './field-issues';

type RenderedParts = Parameters<typeof checkRenderedRequest>[0];

/** The endpoint to check the body against: the recognised one, or a guess from a Rokt-like path (e.g. empty account code). */
function endpointForBody(url: string): RoktEndpoint | null {
  const known = endpointOfUrl(url);
  if (known || !/\/v1\/subscriptionevent\//i.test(url)) return known;
  return /\/update\/?$/i.test(url) ? 'update' : 'create';
}

/** What assembleRequest checks of a request's URL and headers: what the rendered text alone decides. */
export interface RequestChecks {
  /** checkRenderedRequest's Issues for the rendered URL, method and headers. */
  rendered(request: RenderedParts): Issue[];
  /** The Rokt endpoint the body is checked against, or null. */
  endpoint(url: string): RoktEndpoint | null;
  /** Where each rendered field comes from: URL, each header, body. */
  refs(template: BrazeTemplate): FieldRef[];
  /** laxWarningIssues: a field's lax-syntax warnings as Issues located in that field. */
  laxWarnings(ref: FieldRef, result: RenderResult): readonly Issue[];
}

function fieldRefs(template: BrazeTemplate): FieldRef[] {
  return [
    { field: 'url', path: 'url' },
    ...template.headers.map((h) => ({ field: 'headers' as const, path: `headers.${h.name}` })),
    { field: 'body', path: 'body' },
  ];
}

/** The checks run as they are, for one request (the preview). */
export const directChecks: RequestChecks = {
  rendered: checkRenderedRequest,
  endpoint: endpointForBody,
  refs: fieldRefs,
  laxWarnings: laxWarningIssues,
};

/** How many answers of each kind rememberedChecks keeps; past that it forgets them all and starts again. */
export const MEMO_SIZE = 64;

const NONE: readonly Issue[] = [];

/** Whether a request has the method and header texts of `parts`. */
function sameParts(parts: Omit<RenderedParts, 'url'>, request: RenderedParts): boolean {
  if (parts.method !== request.method || parts.headers.length !== request.headers.length) return false;
  for (let i = 0; i < parts.headers.length; i++) {
    const a = parts.headers[i];
    const b = request.headers[i];
    if (a?.name !== b?.name || a?.value !== b?.value) return false;
  }
  return true;
}

/**
 * `checks` (the direct ones unless given), remembered by the rendered text they read, for rendering one
 * template for many users: most users share one of a few URLs and the same headers, and each answer depends on
 * that text alone. The Issues of an answer are shared by the users it is given to (never changed after it is made).
 */
export function rememberedChecks(checks: RequestChecks = directChecks): RequestChecks {
  // Rendered-request answers by URL, then told apart by method and header texts (compared, not keyed).
  const rendered = new Map<string, { parts: Omit<RenderedParts, 'url'>; issues: Issue[] }[]>();
  let renderedCount = 0;
  const endpoints = new Map<string, RoktEndpoint | null>();
  let refs: { template: BrazeTemplate; refs: FieldRef[] } | null = null;
  // A prepared template gives every user the same warnings list: its Issues are made once per field.
  const lax = new WeakMap<object, Map<FieldRef, readonly Issue[]>>();
  return {
    laxWarnings(ref, result) {
      if (!result.warnings) return NONE;
      let byRef = lax.get(result.warnings);
      if (!byRef) lax.set(result.warnings, (byRef = new Map()));
      let issues = byRef.get(ref);
      if (!issues) byRef.set(ref, (issues = checks.laxWarnings(ref, result)));
      return issues;
    },
    refs(template) {
      if (refs?.template !== template) refs = { template, refs: checks.refs(template) };
      return refs.refs;
    },
    rendered(request) {
      // No key text built per user: the URL finds the answers, then the method and headers are compared.
      let known = rendered.get(request.url);
      if (known) for (const k of known) if (sameParts(k.parts, request)) return k.issues;
      if (renderedCount >= MEMO_SIZE) {
        rendered.clear();
        renderedCount = 0;
        known = undefined;
      }
      const issues = checks.rendered(request);
      const parts = { method: request.method, headers: request.headers.map((h) => ({ ...h })) };
      if (known) known.push({ parts, issues });
      else rendered.set(request.url, [{ parts, issues }]);
      renderedCount += 1;
      return issues;
    },
    endpoint(url) {
      return remember(endpoints, url, MEMO_SIZE, () => checks.endpoint(url));
    },
  };
}
