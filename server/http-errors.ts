import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env';

/** Sends the proxy's error shape `{"error":{"code","message"}}` (plus optional extra fields such as `issues`). */
export function errorResponse(
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): Response {
  c.set('errorCode', code);
  return c.json({ error: { code, message, ...extra } }, status);
}
