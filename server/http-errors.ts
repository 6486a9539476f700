import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorCode } from '../src/core/api';
import type { AppEnv } from './app-env';

/**
 * Sends the proxy's error shape `{"error":{"code","message","params"}}` (plus optional extra fields such as
 * `issues`): `message` is the English sentence, `params` the values the interface words `code` from.
 */
export function errorResponse(
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  message: string,
  params: Record<string, string | number> = {},
  extra: Record<string, unknown> = {},
): Response {
  c.set('errorCode', code);
  return c.json({ error: { code, message, params, ...extra } }, status);
}
