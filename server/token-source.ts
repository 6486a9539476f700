import { fetchWithTimeout, readTextWithTimeout, UpstreamError } from './upstream-errors';

export interface TokenSourceOptions {
  fetch: typeof fetch;
  now: () => number;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
}

export interface Token {
  accessToken: string;
  cached: boolean;
}

/** Tokens are renewed this long before expires_in runs out (or a tenth of the lifetime for short tokens). */
const MAX_MARGIN_MS = 30_000;

/** A client-credentials token cache: one in-flight request shared by concurrent callers, refreshed before expiry. */
export interface TokenSource {
  /** Returns a valid token, from the cache when possible. */
  get(): Promise<Token>;
  /** Forgets `accessToken` if it is still the cached one (after Rokt answered 401 with it). */
  invalidate(accessToken: string): void;
  /** Every token value issued so far in this process (to redact from anything the proxy echoes). */
  known(): readonly string[];
}

/** Creates a token source that exchanges client credentials over HTTP Basic at `tokenUrl`. */
export function createTokenSource(options: TokenSourceOptions): TokenSource {
  let current: { value: string; renewAt: number } | null = null;
  let inFlight: Promise<string> | null = null;
  const issued: string[] = [];

  async function request(): Promise<string> {
    const basic = Buffer.from(`${options.clientId}:${options.clientSecret}`, 'utf8').toString('base64');
    const what = 'The Rokt token service';
    const response = await fetchWithTimeout(
      options.fetch,
      options.tokenUrl,
      {
        method: 'POST',
        headers: {
          Authorization: `Basic ${basic}`,
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
        },
        body: 'grant_type=client_credentials',
      },
      options.timeoutMs,
      what,
    );
    const text = await readTextWithTimeout(response, options.timeoutMs, what);
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      throw new UpstreamError(
        502,
        'token_rejected',
        `Rokt refused the server's client id and secret (token request answered ${response.status}). Ask an admin to check ROKT_CLIENT_ID and ROKT_CLIENT_SECRET.`,
      );
    }
    if (!response.ok) {
      throw new UpstreamError(
        502,
        'token_failed',
        `The Rokt token service answered ${response.status}, so no test could be sent. Try again in a moment.`,
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    const token = (json as { access_token?: unknown } | null)?.access_token;
    const expiresIn = Number((json as { expires_in?: unknown } | null)?.expires_in);
    if (typeof token !== 'string' || token.length === 0) {
      throw new UpstreamError(
        502,
        'token_invalid',
        'The Rokt token service answered without an access token.',
      );
    }
    issued.push(token);
    if (issued.length > 50) issued.shift();
    const lifetimeMs = Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn * 1000 : 0;
    const margin = Math.min(MAX_MARGIN_MS, lifetimeMs / 10);
    current = { value: token, renewAt: options.now() + lifetimeMs - margin };
    return token;
  }

  return {
    async get() {
      if (current && options.now() < current.renewAt) return { accessToken: current.value, cached: true };
      if (!inFlight) {
        inFlight = request().finally(() => {
          inFlight = null;
        });
      }
      return { accessToken: await inFlight, cached: false };
    },
    invalidate(accessToken) {
      if (current?.value === accessToken) current = null;
    },
    known: () => issued,
  };
}
