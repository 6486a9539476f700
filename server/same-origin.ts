import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { errorResponse } from './http-errors';
import { requestHeader } from './node-headers';

/**
 * Refuses state-changing requests sent by another site: `Sec-Fetch-Site` must be same-origin/none when present and
 * `Origin`, when present, must be the server's own origin (from Host) or one of `allowedOrigins`. No CORS headers are
 * ever added, so browsers also refuse to show cross-site responses.
 */
export function sameOriginOnly(allowedOrigins: readonly string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const site = requestHeader(c, 'sec-fetch-site');
    const origin = requestHeader(c, 'origin');
    const originOk =
      origin === undefined || allowedOrigins.includes(origin) || origin === new URL(c.req.url).origin;
    const siteOk =
      site === undefined ||
      site === 'same-origin' ||
      site === 'none' ||
      (origin !== undefined && allowedOrigins.includes(origin));
    if (!originOk || !siteOk) {
      return errorResponse(
        c,
        403,
        'cross_origin',
        'Test sends are only accepted from the composer page served by this server.',
      );
    }
    return next();
  };
}
