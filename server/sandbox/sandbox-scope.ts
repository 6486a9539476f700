import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env';

/** Name of the cookie that keeps each browser's sandbox events apart. */
const SCOPE_COOKIE = 'composer_sandbox';
const VALID = /^[A-Za-z0-9_-]{22}$/;

/**
 * Gives each browser an opaque sandbox scope (16 random bytes) in an HttpOnly, SameSite=Strict cookie limited to
 * /api, and puts it in `sandboxScope` for the sandbox and the test-send route.
 */
export function sandboxScope(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let scope = getCookie(c, SCOPE_COOKIE);
    if (!scope || !VALID.test(scope)) {
      scope = randomBytes(16).toString('base64url');
      setCookie(c, SCOPE_COOKIE, scope, {
        path: '/api',
        httpOnly: true,
        sameSite: 'Strict',
        maxAge: 7 * 24 * 3600,
      });
    }
    c.set('sandboxScope', scope);
    await next();
  };
}
