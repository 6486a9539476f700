import type { IncomingHttpHeaders } from 'node:http';
import type { Context } from 'hono';

/**
 * A request header read straight from Node's parsed headers when the request came through the HTTP server (no
 * Fetch `Headers` object is built), or through Hono otherwise (app.request() in tests). Repeated headers are
 * joined with ", ".
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const headers = (c.env as { incoming?: { headers?: IncomingHttpHeaders } } | undefined)?.incoming?.headers;
  if (!headers) return c.req.header(name);
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
