import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { errorResponse } from './http-errors';
import { requestHeader } from './node-headers';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARD = new Set(['0.0.0.0', '::', '[::]', '']);

/** Splits a Host header value into its lower-cased name and port (`""` when absent). */
function splitHost(host: string): { name: string; port: string } {
  const value = host.trim().toLowerCase();
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(value);
  return match ? { name: match[1] as string, port: match[2] ?? '' } : { name: '', port: '' };
}

/**
 * The host names the server answers to: loopback names and the configured HOST on any port (a page on another
 * site can never make a browser send those), plus the exact host:port of each ALLOWED_ORIGINS entry.
 */
function hostAllowList(configuredHost: string, allowedOrigins: readonly string[]) {
  const names = new Set(LOOPBACK_NAMES);
  const configured = splitHost(
    configuredHost.includes(':') && !configuredHost.startsWith('[') ? `[${configuredHost}]` : configuredHost,
  ).name;
  if (!WILDCARD.has(configured)) names.add(configured);
  const exact = new Set(allowedOrigins.map((origin) => new URL(origin).host.toLowerCase()));
  return (host: string): boolean => {
    if (exact.has(host.trim().toLowerCase())) return true;
    return names.has(splitHost(host).name);
  };
}

/**
 * Answers 421 to a request whose Host is not one of ours: a DNS-rebinding page (a name of the attacker's that
 * resolves to this machine) cannot reach the API or the sandbox.
 */
export function allowedHostsOnly(
  configuredHost: string,
  allowedOrigins: readonly string[],
): MiddlewareHandler<AppEnv> {
  const allowed = hostAllowList(configuredHost, allowedOrigins);
  return async (c, next) => {
    const host = requestHeader(c, 'host') ?? new URL(c.req.url).host;
    if (!allowed(host)) {
      return errorResponse(
        c,
        421,
        'unknown_host',
        'This server does not answer for that host name. Open the composer by the address it was started on (for example http://127.0.0.1:8787), or ask an admin to add the address to ALLOWED_ORIGINS.',
      );
    }
    return next();
  };
}
