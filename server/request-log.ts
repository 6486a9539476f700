import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';

/** Writes one JSON line per request: time, method, path (no query), status, duration, and upstream status/token use when set. */
export function requestLog(log: (line: string) => void, now: () => number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = now();
    await next();
    const entry: Record<string, unknown> = {
      time: new Date(started).toISOString(),
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
