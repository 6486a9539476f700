import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './app-env';

/** Where browsers report Content-Security-Policy violations. */
export const CSP_REPORT_PATH = '/api/csp-report';

/**
 * The page may load scripts, styles, workers, fonts and data only from this server: no inline script, no eval,
 * no framing by anyone, no plugins, no <base> tricks, forms only to itself. Violations are reported.
 */
export const CONTENT_SECURITY_POLICY = [
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
export const PERMISSIONS_POLICY = [
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

/** Hono's secure defaults plus the CSP and Permissions-Policy above; no framing (X-Frame-Options: DENY). */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  const defaults = secureHeaders({ strictTransportSecurity: false, xFrameOptions: 'DENY' });
  return async (c, next) => {
    await defaults(c, next);
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('Permissions-Policy', PERMISSIONS_POLICY);
  };
}
