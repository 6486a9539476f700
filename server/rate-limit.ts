import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { errorResponse } from './http-errors';

const WINDOW_MS = 60_000;

/**
 * Sliding one-minute window per client key: at most `perMinute` requests, then 429 with Retry-After (whole seconds
 * until the oldest counted request leaves the window).
 */
export function rateLimit(
  perMinute: number,
  now: () => number,
  keyOf: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => string,
): MiddlewareHandler<AppEnv> {
  const hits = new Map<string, number[]>();
  return async (c, next) => {
    const t = now();
    if (hits.size > 10_000) {
      for (const [key, list] of hits) if ((list.at(-1) ?? 0) <= t - WINDOW_MS) hits.delete(key);
    }
    const key = keyOf(c);
    const list = hits.get(key) ?? [];
    // Times are pushed in order, so the ones that left the window are at the front: drop just those.
    while (list.length > 0 && (list[0] as number) <= t - WINDOW_MS) list.shift();
    if (list.length >= perMinute) {
      hits.set(key, list);
      const retryAfter = Math.max(1, Math.ceil(((list[0] as number) + WINDOW_MS - t) / 1000));
      c.header('Retry-After', String(retryAfter));
      return errorResponse(
        c,
        429,
        'rate_limited',
        `Too many test sends from this computer (limit ${perMinute} a minute). Wait ${retryAfter} seconds and try again.`,
        { perMinute, retryAfter },
      );
    }
    list.push(t);
    hits.set(key, list);
    return next();
  };
}
