import type { UpstreamName } from './upstream-errors';

/** One POST to Rokt or its token endpoint, as the proxy makes it. */
export interface UpstreamRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** The send's end-to-end deadline, in `performance.now()` milliseconds. */
  deadline: number;
  /** The whole send's time budget (ROKT_TIMEOUT_MS), for the sentence a timeout gives. */
  budgetMs: number;
  /** Reading stops (and the connection is dropped) after this many body bytes, decompressed. */
  maxBytes: number;
  /** Who is called, for error sentences. */
  what: UpstreamName;
  /** Sandbox mode only: the browser whose sandbox receives the event. Network upstreams ignore it. */
  scope?: string;
}

/** What came back: status, headers (lower-case names) and at most `maxBytes` of the body. */
export interface UpstreamReply {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** True when the body was longer than `maxBytes` and the rest was never read. */
  truncated: boolean;
}

/**
 * Sends one request; never follows a redirect (any 3xx is an UpstreamError), never reads past `maxBytes`,
 * never outlives `deadline`. Failures are UpstreamErrors (502/504) with the true reason.
 */
export type Upstream = (request: UpstreamRequest) => Promise<UpstreamReply>;

/** Milliseconds left before `deadline` (may be negative). */
export const remainingMs = (deadline: number): number => deadline - performance.now();
