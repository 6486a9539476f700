import type { Redactor } from './redact';
import type { TokenSource } from './token-source';
import type { Upstream } from './upstream/upstream';

export interface RoktClientOptions {
  upstream: Upstream;
  tokens: TokenSource;
  apiBase: string;
  /** One budget for the whole send: token, event call and the one retry (ROKT_TIMEOUT_MS). */
  timeoutMs: number;
  /** The redactor for every secret and issued token, current at the time of the call. */
  redactor: () => Redactor;
}

export interface UpstreamAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  tokenCached: boolean;
}

/** Upstream answers longer than this are cut (the marketer only needs to read them). */
const MAX_ANSWER_BYTES = 256 * 1024;
/** Read this much past the cut so a secret straddling it is redacted before cutting (secrets are far shorter). */
const REDACTION_MARGIN = 8 * 1024;
/** Headers never echoed back to the browser. */
const HIDDEN_HEADERS = new Set([
  'set-cookie',
  'set-cookie2',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'www-authenticate',
]);

/**
 * POSTs `body` to `apiBase + path` with a Bearer token from `tokens`; if Rokt answers 401 it drops that token, fetches
 * a new one and retries exactly once. Everything (token, call, retry) shares `deadline` (performance.now() ms). The answer is redacted,
 * then cut at 256 KB. Network failures, redirects and the deadline surface as UpstreamError (502/504).
 */
export async function postToRokt(
  options: RoktClientOptions,
  path: string,
  body: string,
  deadline: number,
  scope?: string,
): Promise<UpstreamAnswer> {
  const url = `${options.apiBase}${path}`;
  const attempt = async () => {
    const token = await options.tokens.get(deadline);
    const reply = await options.upstream({
      url,
      headers: {
        authorization: `Bearer ${token.accessToken}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body,
      deadline,
      budgetMs: options.timeoutMs,
      maxBytes: MAX_ANSWER_BYTES + REDACTION_MARGIN,
      what: 'Rokt',
      scope,
    });
    return { token, reply };
  };

  let { token, reply } = await attempt();
  if (reply.status === 401) {
    options.tokens.invalidate(token.accessToken);
    ({ token, reply } = await attempt());
  }
  const redactor = options.redactor();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.headers)) {
    if (!HIDDEN_HEADERS.has(name)) headers[name] = redactor.redact(value);
  }
  const text = redactor.redact(reply.body);
  // When the read stopped at the cap, the last characters may hold the start of a secret that redaction could not
  // recognise: the margin read past the cut is dropped whatever the cut position.
  const keep = reply.truncated
    ? Math.min(MAX_ANSWER_BYTES, text.length - REDACTION_MARGIN)
    : MAX_ANSWER_BYTES;
  const cut = text.length > keep;
  return {
    status: reply.status,
    headers,
    body: cut ? `${text.slice(0, Math.max(0, keep))}\n… (cut at 256 KB)` : text,
    tokenCached: token.cached,
  };
}
