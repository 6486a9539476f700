import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './app-env';
import { requestHeader } from './node-headers';

/**
 * The address a rate limit is kept for: the socket's peer, or, behind `trustProxy` reverse proxies, the
 * X-Forwarded-For entry the outermost trusted proxy added (entries further left are the client's own claims).
 */
export function clientKeyFor(trustProxy: number): (c: Context<AppEnv>) => string {
  return (c) => {
    let peer: string;
    try {
      peer = getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      peer = 'local'; // app.request() in tests has no socket
    }
    if (trustProxy === 0) return peer;
    const forwarded = (requestHeader(c, 'x-forwarded-for') ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    return forwarded[forwarded.length - trustProxy] ?? forwarded[0] ?? peer;
  };
}
