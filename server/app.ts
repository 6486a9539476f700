import { Hono } from 'hono';
import type { HealthResponse } from '../src/core/api';
import type { AppEnv } from './app-env';
import { requestBodyLimit } from './body-limit';
import { clientKeyFor } from './client-key';
import { cspReportHandler } from './csp-report';
import type { ServerConfig } from './config';
import { allowedHostsOnly } from './host-allow-list';
import { errorResponse } from './http-errors';
import { rateLimit } from './rate-limit';
import { cachedRedactor } from './redact';
import { requestLog } from './request-log';
import { sameOriginOnly } from './same-origin';
import { sandboxRoutes } from './sandbox/sandbox-routes';
import { CSP_REPORT_PATH, securityHeaders } from './security-headers';
import { mountStaticSite } from './static-site';
import { testSendRoute, MAX_REQUEST_BYTES } from './test-send-route';
import { createTokenSource } from './token-source';
import { createFetchUpstream } from './upstream/fetch-upstream';
import { createHttpUpstream } from './upstream/http-upstream';
import type { Upstream } from './upstream/upstream';

/** What the app needs from the outside world; tests replace any of it. */
export interface AppDeps {
  /** Live mode: call Rokt through this fetch instead of the network (scripted tests). */
  fetch: typeof fetch;
  /** Live mode: call Rokt through this upstream (default: node:http/https with keep-alive agents). */
  upstream: Upstream;
  clock: { now(): number };
  /** Receives one JSON line per request, and one per internal error. */
  logger: (line: string) => void;
  /**
   * The Node server writes the security headers into every answer's head itself (createHttpServer does), so the
   * app does not add them: that would turn each answer's plain header object into a Headers object and back.
   */
  headersWrittenByServer: boolean;
}

/** Builds the whole server (API, sandbox Rokt in sandbox mode, static web app) as a Hono app; no port is opened. */
export function createApp(config: ServerConfig, deps: Partial<AppDeps> = {}): Hono<AppEnv> {
  const now = () => (deps.clock ?? Date).now();
  const log = deps.logger ?? ((line: string) => process.stdout.write(`${line}\n`));
  const app = new Hono<AppEnv>();
  const sandbox =
    config.mode === 'sandbox' ? sandboxRoutes({ now, tokenTtlSeconds: config.sandboxTokenTtlSeconds }) : null;
  const upstream: Upstream = sandbox
    ? sandbox.upstream
    : (deps.upstream ??
      (deps.fetch
        ? createFetchUpstream((url, init) => (deps.fetch as typeof fetch)(url, init))
        : createHttpUpstream().call));
  const { clientId, clientSecret, tokenUrl, apiBase, timeoutMs } = config.rokt;
  const tokens = createTokenSource({ upstream, now, tokenUrl, clientId, clientSecret, budgetMs: timeoutMs });
  const redactor = cachedRedactor([clientSecret, `${clientId}:${clientSecret}`], tokens.known);
  const clientKey = clientKeyFor(config.trustProxy);
  const limited = rateLimit(config.rateLimitPerMinute, now, clientKey);

  app.use('*', requestLog(log, now));
  app.use('*', allowedHostsOnly(config.host, config.allowedOrigins));
  if (!deps.headersWrittenByServer) app.use('*', securityHeaders());
  // Browsers send violation reports without the page's Origin, so this comes before the same-origin check.
  app.post(
    CSP_REPORT_PATH,
    rateLimit(120, now, clientKey),
    requestBodyLimit(16 * 1024),
    cspReportHandler(log, config.cspReportFile),
  );
  app.use('/api/*', sameOriginOnly(config.allowedOrigins));

  app.get('/api/health', (c) => c.json({ status: 'ok', mode: config.mode } satisfies HealthResponse));
  if (sandbox) {
    app.use('/api/test-send', sandbox.scope);
    app.use('/api/sandbox/*', sandbox.scope);
  }
  app.post('/api/test-send', limited);
  app.route('/api', testSendRoute({ upstream, tokens, apiBase, timeoutMs, now, redactor }));
  if (sandbox) {
    app.post('/api/sandbox/rokt/*', limited, requestBodyLimit(MAX_REQUEST_BYTES));
    app.delete('/api/sandbox/events', limited);
    app.route('/api/sandbox', sandbox.routes);
  } else {
    app.all('/api/sandbox/*', (c) =>
      errorResponse(
        c,
        404,
        'not_found',
        'The sandbox is off: this server sends test events to the real Rokt (live mode).',
        { v: 'sandbox-off' },
      ),
    );
  }
  app.all('/api/*', (c) =>
    errorResponse(c, 404, 'not_found', 'There is no such API endpoint.', { v: 'endpoint' }),
  );
  app.onError((error, c) => {
    const requestId = c.get('requestId') ?? 'none';
    const redact = redactor().redact;
    log(
      JSON.stringify({
        time: new Date(now()).toISOString(),
        level: 'error',
        requestId,
        method: c.req.method,
        path: c.req.path,
        error: error.name,
        message: redact(error.message),
        stack: redact(error.stack ?? ''),
      }),
    );
    c.header('X-Request-Id', requestId);
    return errorResponse(
      c,
      500,
      'internal',
      `Something went wrong inside the composer server. Try again; if it keeps happening, tell an admin and quote request id ${requestId}.`,
      { requestId },
      { requestId },
    );
  });
  if (config.staticDir) mountStaticSite(app, config.staticDir);
  return app;
}
