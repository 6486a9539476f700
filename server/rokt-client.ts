import type { TokenSource } from './token-source';
import { fetchWithTimeout, readTextWithTimeout } from './upstream-errors';

export interface RoktClientOptions {
  fetch: typeof fetch;
  tokens: TokenSource;
  apiBase: string;
  timeoutMs: number;
}

export interface UpstreamAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  tokenCached: boolean;
}

/** Upstream answers longer than this are cut (the marketer only needs to read them). */
const MAX_BODY_CHARS = 256 * 1024;
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
 * a new one and retries exactly once. Network failures and timeouts surface as UpstreamError (502/504).
 */
export async function postToRokt(
  options: RoktClientOptions,
  path: string,
  body: string,
): Promise<UpstreamAnswer> {
  const url = `${options.apiBase}${path}`;
  const attempt = async () => {
    const token = await options.tokens.get();
    const response = await fetchWithTimeout(
      options.fetch,
      url,
      {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token.accessToken}`,
          'Content-Type': 'application/json',
          Accept: 'application/json',
        },
        body,
        redirect: 'manual',
      },
      options.timeoutMs,
      'Rokt',
    );
    return { token, response };
  };

  let { token, response } = await attempt();
  if (response.status === 401) {
    await response.body?.cancel().catch(() => undefined);
    options.tokens.invalidate(token.accessToken);
    ({ token, response } = await attempt());
  }
  const text = await readTextWithTimeout(response, options.timeoutMs, 'Rokt');
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!HIDDEN_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
  });
  return {
    status: response.status,
    headers,
    body: text.length > MAX_BODY_CHARS ? `${text.slice(0, MAX_BODY_CHARS)}\n… (cut at 256 KB)` : text,
    tokenCached: token.cached,
  };
}
