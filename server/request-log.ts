import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';

/** Request ids: a random prefix per process and a counter, cheap enough for every request. */
function requestIds(): () => string {
  const prefix = randomBytes(4).toString('hex');
  let next = 0;
  return () => `${prefix}-${(next++).toString(36)}`;
}

/**
 * Writes one JSON line per request: time, request id, method, path (no query), status, duration, and upstream
 * status/token use/error code when set. Bodies and headers are never logged.
 */
export function requestLog(log: (line: string) => void, now: () => number): MiddlewareHandler<AppEnv> {
  const nextId = requestIds();
  return async (c, next) => {
    const started = now();
    c.set('requestId', nextId());
    await next();
    const entry: Record<string, unknown> = {
      time: new Date(started).toISOString(),
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: now() - started,
    };
    for (const key of ['upstreamStatus', 'tokenCached', 'errorCode'] as const) {
      const value = c.get(key);
      if (value !== undefined) entry[key] = value;
    }
    log(JSON.stringify(entry));
  };
}
