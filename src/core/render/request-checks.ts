import type { Issue } from '../issues';
import type { BrazeTemplate } from '../template';
import { type RoktEndpoint, checkRenderedRequest, endpointOfUrl } from '../validate';
import type { RenderResult } from '../liquid';
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
  laxWarnings(ref: FieldRef, result: RenderResult): Issue[];
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

/** `map`'s answer for `key`, made by `make` and remembered when it is not there yet (at most MEMO_SIZE kept). */
function remember<T>(map: Map<string, T>, key: string, make: () => T): T {
  if (map.has(key)) return map.get(key) as T;
  if (map.size >= MEMO_SIZE) map.clear();
  const answer = make();
  map.set(key, answer);
  return answer;
}

/**
 * `checks` (the direct ones unless given), remembered by the rendered text they read, for rendering one
 * template for many users: most users share one of a few URLs and the same headers, and each answer depends on
 * that text alone. The Issues of an answer are shared by the users it is given to (never changed after it is made).
 */
export function rememberedChecks(checks: RequestChecks = directChecks): RequestChecks {
  const rendered = new Map<string, Issue[]>();
  const endpoints = new Map<string, RoktEndpoint | null>();
  let refs: { template: BrazeTemplate; refs: FieldRef[] } | null = null;
  // A prepared template gives every user the same warnings list: its Issues are made once per field.
  const lax = new WeakMap<object, Map<FieldRef, Issue[]>>();
  return {
    laxWarnings(ref, result) {
      if (!result.warnings) return [];
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
      let key = `${request.method}\u0000${request.url}`;
      for (const h of request.headers) key += `\u0000${h.name}\u0000${h.value}`;
      return remember(rendered, key, () => checks.rendered(request));
    },
    endpoint(url) {
      return remember(endpoints, url, () => checks.endpoint(url));
    },
  };
}
