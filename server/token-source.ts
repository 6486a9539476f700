import { timeoutError, UpstreamError, type UpstreamName } from './upstream/upstream-errors';
import { remainingMs, type Upstream } from './upstream/upstream';

export interface TokenSourceOptions {
  upstream: Upstream;
  now: () => number;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** The send budget (ROKT_TIMEOUT_MS), for the sentence a timeout gives. */
  budgetMs: number;
}

interface Token {
  accessToken: string;
  cached: boolean;
}

/** Tokens are renewed this long before expires_in runs out (or a tenth of the lifetime for short tokens). */
const MAX_MARGIN_MS = 30_000;
/** Lifetime assumed when the token answer has no usable `expires_in` (Rokt documents about 5 minutes). */
const DEFAULT_TOKEN_LIFETIME_S = 300;
/** A token answer is a small JSON object; anything longer is refused. */
const MAX_TOKEN_ANSWER_BYTES = 16 * 1024;
const WHAT: UpstreamName = 'The Rokt token service';

/** A client-credentials token cache: one in-flight request shared by concurrent callers, refreshed before expiry. */
export interface TokenSource {
  /** Returns a valid token, from the cache when possible, before `deadline` (performance.now() ms). */
  get(deadline: number): Promise<Token>;
  /** Forgets `accessToken` if it is still the cached one (after Rokt answered 401 with it). */
  invalidate(accessToken: string): void;
  /** The last token values issued in this process (to redact from anything the proxy echoes). */
  known(): readonly string[];
}

function waitUntil<T>(promise: Promise<T>, deadline: number, budgetMs: number): Promise<T> {
  const left = remainingMs(deadline);
  if (left <= 0) return Promise.reject(timeoutError(WHAT, budgetMs, false));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError(WHAT, budgetMs, false)), Math.ceil(left));
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Creates a token source that exchanges client credentials over HTTP Basic at `tokenUrl`. */
export function createTokenSource(options: TokenSourceOptions): TokenSource {
  let current: { value: string; renewAt: number } | null = null;
  let inFlight: Promise<string> | null = null;
  let issued: string[] = [];
  const basic = Buffer.from(`${options.clientId}:${options.clientSecret}`, 'utf8').toString('base64');

  async function request(deadline: number): Promise<string> {
    const reply = await options.upstream({
      url: options.tokenUrl,
      headers: {
        authorization: `Basic ${basic}`,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: 'grant_type=client_credentials',
      deadline,
      budgetMs: options.budgetMs,
      maxBytes: MAX_TOKEN_ANSWER_BYTES,
      what: WHAT,
    });
    if (reply.status === 400 || reply.status === 401 || reply.status === 403) {
      throw new UpstreamError(
        502,
        'token_rejected',
        `Rokt refused the server's client id and secret (token request answered ${reply.status}). Ask an admin to check ROKT_CLIENT_ID and ROKT_CLIENT_SECRET.`,
        { status: reply.status },
      );
    }
    if (reply.status < 200 || reply.status >= 300) {
      throw new UpstreamError(
        502,
        'token_failed',
        `The Rokt token service answered ${reply.status}, so no test could be sent. Try again in a moment.`,
        { status: reply.status },
      );
    }
    if (reply.truncated) {
      throw new UpstreamError(
        502,
        'token_invalid',
        'The Rokt token service sent an answer larger than 16 KB; a token answer is a small JSON object.',
        { v: 'too-large' },
      );
    }
    let json: { access_token?: unknown; expires_in?: unknown } | null;
    try {
      json = JSON.parse(reply.body) as { access_token?: unknown; expires_in?: unknown } | null;
    } catch {
      json = null;
    }
    const token = json?.access_token;
    if (typeof token !== 'string' || token.length === 0) {
      throw new UpstreamError(
        502,
        'token_invalid',
        'The Rokt token service answered without an access token.',
        { v: 'no-token' },
      );
    }
    issued = [...issued.slice(-49), token];
    const expiresIn = Number(json?.expires_in);
    const lifetimeMs =
      (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : DEFAULT_TOKEN_LIFETIME_S) * 1000;
    const margin = Math.min(MAX_MARGIN_MS, lifetimeMs / 10);
    current = { value: token, renewAt: options.now() + lifetimeMs - margin };
    return token;
  }

  return {
    async get(deadline) {
      if (current && options.now() < current.renewAt) return { accessToken: current.value, cached: true };
      if (!inFlight) {
        inFlight = request(deadline).finally(() => {
          inFlight = null;
        });
      }
      return { accessToken: await waitUntil(inFlight, deadline, options.budgetMs), cached: false };
    },
    invalidate(accessToken) {
      if (current?.value === accessToken) current = null;
    },
    known: () => issued,
  };
}
