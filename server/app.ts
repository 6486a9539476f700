import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './app-env';
import type { ServerConfig } from './config';
import { errorResponse } from './http-errors';
import { rateLimit } from './rate-limit';
import { requestLog } from './request-log';
import { sameOriginOnly } from './same-origin';
import { createSandboxRokt } from './sandbox/sandbox-rokt';
import { createSandboxStore } from './sandbox/sandbox-store';
import { mountStaticSite } from './static-site';
import { testSendRoute } from './test-send-route';
import { createTokenSource } from './token-source';

/** What the app needs from the outside world; tests replace any of it. */
export interface AppDeps {
  /** fetch used for Rokt in live mode (sandbox mode always uses the in-process sandbox). */
  fetch: typeof fetch;
  clock: { now(): number };
  /** Receives one JSON line per request. */
  logger: (line: string) => void;
}

function clientKey(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local'; // app.request() in tests has no socket
  }
}

/** Builds the whole server (API, sandbox Rokt in sandbox mode, static web app) as a Hono app; no port is opened. */
export function createApp(config: ServerConfig, deps: Partial<AppDeps> = {}): Hono<AppEnv> {
  const now = () => (deps.clock ?? Date).now();
  const log = deps.logger ?? ((line: string) => process.stdout.write(`${line}\n`));
  const app = new Hono<AppEnv>();
  const store = config.mode === 'sandbox' ? createSandboxStore() : null;
  const sandbox = store
    ? createSandboxRokt({ store, now, tokenTtlSeconds: config.sandboxTokenTtlSeconds })
    : null;
  const upstreamFetch: typeof fetch = sandbox
    ? async (input, init) => sandbox.fetch(new Request(input, init))
    : (deps.fetch ?? fetch);
  const { clientId, clientSecret, tokenUrl, apiBase, timeoutMs } = config.rokt;
  const tokens = createTokenSource({
    fetch: upstreamFetch,
    now,
    tokenUrl,
    clientId,
    clientSecret,
    timeoutMs,
  });

  app.use('*', requestLog(log, now));
  app.use('*', secureHeaders({ strictTransportSecurity: false }));
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use('/api/*', sameOriginOnly(config.allowedOrigins));

  app.get('/api/health', (c) => c.json({ status: 'ok', mode: config.mode }));
  app.post('/api/test-send', rateLimit(config.rateLimitPerMinute, now, clientKey));
  app.route(
    '/api',
    testSendRoute({
      fetch: upstreamFetch,
      tokens,
      apiBase,
      timeoutMs,
      now,
      secrets: [clientSecret, Buffer.from(`${clientId}:${clientSecret}`).toString('base64')],
    }),
  );
  app.get('/api/sandbox/events', (c) =>
    store
      ? c.json({ events: store.list() })
      : errorResponse(
          c,
          404,
          'not_found',
          'The sandbox is off: this server sends test events to the real Rokt (live mode).',
        ),
  );
  if (sandbox) app.route('/api/sandbox/rokt', sandbox);
  app.all('/api/*', (c) => errorResponse(c, 404, 'not_found', 'There is no such API endpoint.'));
  app.onError((error, c) => {
    void error;
    return errorResponse(
      c,
      500,
      'internal',
      'Something went wrong inside the composer server. Try again; if it keeps happening, tell an admin.',
    );
  });
  if (config.staticDir) mountStaticSite(app, config.staticDir);
  return app;
}
