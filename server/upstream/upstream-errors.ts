import type { ApiErrorCode } from '../../src/core/api';

/** Who the proxy calls, as its English sentences name them. */
export type UpstreamName = 'Rokt' | 'The Rokt token service';

/**
 * A failure talking to Rokt (or its token endpoint), mapped to the proxy's own status, an English sentence and
 * the values the interface words the code from.
 */
export class UpstreamError extends Error {
  override name = 'UpstreamError';
  constructor(
    readonly status: 502 | 504,
    readonly code: ApiErrorCode,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

/** Who was called, as the interface's `service` value. */
const service = (what: UpstreamName) => (what === 'Rokt' ? 'rokt' : 'token');

/** "2 s", "1.5 s" or "500 ms". */
function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

/** The whole send ran out of time; `answering` says whether the upstream had started its answer. */
export function timeoutError(what: UpstreamName, budgetMs: number, answering: boolean): UpstreamError {
  const how = answering ? 'started answering but did not finish' : 'did not answer';
  return new UpstreamError(
    504,
    'upstream_timeout',
    `${what} ${how} in time: a test send may take at most ${formatSeconds(budgetMs)} in all (ROKT_TIMEOUT_MS). Nothing was confirmed; try again in a moment.`,
    { service: service(what), seconds: budgetMs / 1000, answering: answering ? 1 : 0 },
  );
}

/** The connection could not be made, or broke. */
export function unreachableError(what: UpstreamName, answering: boolean): UpstreamError {
  return new UpstreamError(
    502,
    'upstream_unreachable',
    answering
      ? `${what} broke the connection while answering. Try again in a moment.`
      : `${what} could not be reached (the connection failed). Check the server's network or try again later.`,
    { service: service(what), answering: answering ? 1 : 0 },
  );
}

/** Any 3xx: redirects are never followed (the Location is not echoed: it may name an internal host). */
export function redirectError(what: UpstreamName, status: number): UpstreamError {
  return new UpstreamError(
    502,
    'upstream_redirect',
    `${what} answered with a redirect (${status}). The composer never follows redirects, so nothing was sent to the other address; ask an admin to check ROKT_API_BASE and ROKT_TOKEN_URL.`,
    { service: service(what), status },
  );
}

/** The answer was compressed in a way that could not be decoded. */
export function damagedError(what: UpstreamName): UpstreamError {
  return new UpstreamError(
    502,
    'upstream_unreadable',
    `${what} sent a compressed answer that could not be decoded.`,
    { service: service(what) },
  );
}
