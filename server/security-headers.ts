import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';

/** Where browsers report Content-Security-Policy violations. */
export const CSP_REPORT_PATH = '/api/csp-report';

/**
 * The page may load scripts, styles, workers, fonts and data only from this server: no inline script, no eval,
 * no framing by anyone, no plugins, no <base> tricks, forms only to itself. Violations are reported.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  `report-uri ${CSP_REPORT_PATH}`,
].join('; ');

/** Browser features the composer never uses, switched off for it and anything it could embed. */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'usb=()',
  'browsing-topics=()',
].join(', ');

/** The headers every answer carries: the policies above plus Hono's `secureHeaders` defaults, framing denied. */
const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['Permissions-Policy', PERMISSIONS_POLICY],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'DENY'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

/** The lower-case names of SECURITY_HEADERS. */
export const SECURITY_HEADER_NAMES: ReadonlySet<string> = new Set(
  SECURITY_HEADERS.map(([n]) => n.toLowerCase()),
);

/** Returns SECURITY_HEADERS as a header object, for servers that write them into the head themselves. */
export const securityHeaderObject = (): Record<string, string> => Object.fromEntries(SECURITY_HEADERS);

/**
 * Adds SECURITY_HEADERS to every answer, and `Cache-Control: no-store` to API answers. They are set on the answer's
 * own headers: Hono's `c.header()` after the answer exists would copy it into a streamed Response and lose the Node
 * adapter's fast path.
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    for (const [name, value] of SECURITY_HEADERS) headers.set(name, value);
    if (c.req.path.startsWith('/api/')) headers.set('Cache-Control', 'no-store');
  };
}
