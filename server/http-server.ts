import { createAdaptorServer } from '@hono/node-server';
import { ServerResponse } from 'node:http';
import type { OutgoingHttpHeader, OutgoingHttpHeaders, Server } from 'node:http';
import type { Socket } from 'node:net';
import { SECURITY_HEADER_NAMES, securityHeaderObject } from './security-headers';

/** Limits against slow or greedy clients; sized so that a real send (64 KB in well under a second) is never cut. */
export interface ConnectionLimits {
  /** Time to receive the request headers. */
  headersTimeoutMs: number;
  /** Time to receive the whole request (headers and body). */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** How often the timeouts above are checked. */
  checkIntervalMs: number;
  /** Open connections per client address; more are closed at once. */
  perAddress: number;
  /** Open connections in all. */
  total: number;
}

const CONNECTION_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000,
  perAddress: 64,
  total: 1_024,
};

const FIXED = securityHeaderObject();

/**
 * Returns `headers` with SECURITY_HEADERS, and `Cache-Control: no-store` for an API path: the answer's own values
 * of those names give way (whatever their case), as the app's securityHeaders middleware does.
 */
export function secureHead(headers: OutgoingHttpHeaders | undefined, path: string): OutgoingHttpHeaders {
  const api = path.startsWith('/api/');
  const head: OutgoingHttpHeaders = {};
  for (const name in headers) {
    const lower = name.toLowerCase();
    if (!SECURITY_HEADER_NAMES.has(lower) && !(api && lower === 'cache-control')) head[name] = headers[name];
  }
  for (const name in FIXED) head[name] = FIXED[name];
  if (api) head['Cache-Control'] = 'no-store';
  return head;
}

/** A Node answer that writes the security headers into its head, whoever writes the head (adapter or Node). */
class SecureServerResponse extends ServerResponse {
  override writeHead(
    statusCode: number,
    messageOrHeaders?: string | OutgoingHttpHeaders | OutgoingHttpHeader[],
    maybeHeaders?: OutgoingHttpHeaders | OutgoingHttpHeader[],
  ): this {
    const message = typeof messageOrHeaders === 'string' ? messageOrHeaders : undefined;
    const headers = message === undefined ? (messageOrHeaders as typeof maybeHeaders) : maybeHeaders;
    const url = this.req.url ?? '/';
    const path = url.startsWith('/') ? url : (URL.parse(url)?.pathname ?? '/');
    if (Array.isArray(headers)) {
      // Raw header pairs (no caller here sends them): the fixed headers go in through setHeader instead.
      const head = secureHead(undefined, path);
      for (const name in head) this.setHeader(name, head[name]!);
      return super.writeHead(statusCode, message, headers);
    }
    return super.writeHead(statusCode, message, secureHead(headers, path));
  }
}

/**
 * Creates the HTTP server for `fetch` (not yet listening) with header/request/keep-alive timeouts and a cap on
 * concurrent connections per client address and in all, so connections that drip bytes cannot pile up. Every
 * answer's head carries the security headers (pass `headersWrittenByServer` to createApp to skip its own copy).
 */
export function createHttpServer(
  fetch: (request: Request, env: unknown) => Response | Promise<Response>,
  limits: ConnectionLimits = CONNECTION_LIMITS,
): Server {
  const server = createAdaptorServer({
    fetch,
    serverOptions: {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
      // The options type wants a class generic over the request type; ours serves node:http's own requests.
      ServerResponse: SecureServerResponse as typeof ServerResponse,
    },
  }) as Server;
  server.maxConnections = limits.total;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = (open.get(address) ?? 0) + 1;
    if (count > limits.perAddress) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
  return server;
}
