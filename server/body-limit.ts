import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './app-env';
import { errorResponse } from './http-errors';
import { requestHeader } from './node-headers';

/**
 * Refuses request bodies over `maxBytes` with 413 `too_large`. A declared Content-Length is checked from Node's
 * headers (Node's parser then holds the body to it); a body without one (chunked) is counted as it streams.
 */
export function requestBodyLimit(maxBytes: number): MiddlewareHandler<AppEnv> {
  const tooLarge: MiddlewareHandler<AppEnv> = async (c) =>
    errorResponse(
      c,
      413,
      'too_large',
      `The request is larger than ${maxBytes / 1024} KB. Shorten the body (description, ids) and try again.`,
      { kb: maxBytes / 1024 },
    );
  const streamed = bodyLimit({
    maxSize: maxBytes,
    onError: (c) => tooLarge(c, async () => undefined) as never,
  });
  return async (c, next) => {
    const length = requestHeader(c, 'content-length');
    if (length !== undefined && requestHeader(c, 'transfer-encoding') === undefined) {
      return Number(length) > maxBytes ? (tooLarge(c, next) as Promise<Response>) : next();
    }
    return streamed(c, next);
  };
}
