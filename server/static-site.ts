import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './app-env';

/** Serves the built web app from `dir` and answers any other non-API GET with index.html (SPA fallback). */
export function mountStaticSite(app: Hono<AppEnv>, dir: string): void {
  const index = join(dir, 'index.html');
  app.use('*', serveStatic({ root: dir }));
  app.get('*', async (c, next) => {
    if (!existsSync(index)) {
      return c.text('The web app is not built yet: run `npm run build` (or `npm start`).', 503);
    }
    return serveStatic<AppEnv>({ path: index })(c, next);
  });
}
