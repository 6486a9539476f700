import { Hono } from 'hono';
import type { MiddlewareHandler } from 'hono';
import type { SandboxCleared, SandboxPage } from '../../src/core/api';
import type { AppEnv } from '../app-env';
import { createFetchUpstream } from '../upstream/fetch-upstream';
import type { Upstream } from '../upstream/upstream';
import { createSandboxRokt } from './sandbox-rokt';
import { sandboxScope } from './sandbox-scope';
import { createSandboxStore, SANDBOX_LIMITS, type SandboxStore } from './sandbox-store';

export interface SandboxRoutes {
  /** Mount at /api/sandbox: the events listing, Clear, and the imitation of Rokt under /rokt. */
  routes: Hono<AppEnv>;
  /** Gives the browser its scope cookie; mount before /api/test-send and /api/sandbox/*. */
  scope: MiddlewareHandler<AppEnv>;
  /** What the proxy calls in sandbox mode: the imitation of Rokt, in process, under the caller's scope. */
  upstream: Upstream;
  store: SandboxStore;
}

/** Everything sandbox mode adds: the per-browser store, its listing and Clear, and the in-process Rokt. */
export function sandboxRoutes(options: { now: () => number; tokenTtlSeconds: number }): SandboxRoutes {
  const store = createSandboxStore();
  const rokt = createSandboxRokt({ store, ...options });
  const routes = new Hono<AppEnv>();

  routes.get('/events', (c) => {
    const limit = Number.parseInt(c.req.query('limit') ?? '', 10);
    const page = store.list(c.get('sandboxScope'), {
      cursor: c.req.query('cursor') ?? null,
      limit: Number.isFinite(limit) ? limit : 20,
    });
    return c.json({ ...page, maxPageSize: SANDBOX_LIMITS.maxPageSize } satisfies SandboxPage);
  });
  routes.delete('/events', (c) =>
    c.json({ cleared: store.clear(c.get('sandboxScope')) } satisfies SandboxCleared),
  );
  routes.route('/rokt', rokt);

  const upstream = createFetchUpstream(async (url, init, request) =>
    rokt.fetch(new Request(url, init), { sandboxScope: request.scope ?? 'shared' }),
  );
  return { routes, scope: sandboxScope(), upstream, store };
}
