import { Hono } from 'hono';
import { TestSendRequestSchema, type TestSendResponse } from '../src/core/api';
import { parseJsonBody, validateRoktBody } from '../src/core/validate';
import type { AppEnv } from './app-env';
import { requestBodyLimit } from './body-limit';
import { errorResponse } from './http-errors';
import { requestHeader } from './node-headers';
import { postToRokt, type RoktClientOptions } from './rokt-client';
import { UpstreamError } from './upstream/upstream-errors';
import { checkRoktUrl } from './url-allow-list';

/** Largest accepted request (URL + body as JSON). */
export const MAX_REQUEST_BYTES = 64 * 1024;

export interface TestSendOptions extends RoktClientOptions {
  now: () => number;
}

/** `POST /test-send`: checks the URL and body, then forwards the body to the configured Rokt base with a Bearer token. */
export function testSendRoute(options: TestSendOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/test-send', requestBodyLimit(MAX_REQUEST_BYTES), async (c) => {
    // The send's one deadline starts when the request is taken in, so checks count against it too.
    const deadline = performance.now() + options.timeoutMs;
    if (!/^application\/json\b/i.test(requestHeader(c, 'content-type') ?? '')) {
      return errorResponse(
        c,
        400,
        'bad_request',
        'The composer must send the test as JSON (Content-Type: application/json).',
        { v: 'content-type' },
      );
    }
    let raw: unknown;
    try {
      raw = JSON.parse(await c.req.text());
    } catch {
      return errorResponse(c, 400, 'bad_request', 'The test request is not valid JSON.', { v: 'json' });
    }
    const parsed = TestSendRequestSchema.safeParse(raw);
    if (!parsed.success) {
      return errorResponse(
        c,
        400,
        'bad_request',
        'The test request must contain the webhook URL and the body as text.',
        { v: 'shape' },
      );
    }
    const target = checkRoktUrl(parsed.data.url);
    if (!target.ok) {
      return errorResponse(c, 400, 'url_not_allowed', target.message, { reason: target.reason });
    }

    const json = parseJsonBody(parsed.data.body);
    if (!json.ok) {
      const message = `The body is not valid JSON: ${json.issue.message}`;
      return errorResponse(c, 422, 'invalid_body', message, { v: 'json' }, { issues: [json.issue] });
    }
    const errors = validateRoktBody(json.value, target.value.endpoint).filter((i) => i.severity === 'error');
    if (errors.length > 0) {
      const first = errors[0]?.message ?? '';
      const more =
        errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
      const message = `Rokt would reject this body: ${first}${more}`;
      return errorResponse(
        c,
        422,
        'invalid_body',
        message,
        { v: 'rokt', count: errors.length },
        { issues: errors },
      );
    }

    const started = options.now();
    try {
      const answer = await postToRokt(
        options,
        target.value.path,
        parsed.data.body,
        deadline,
        c.get('sandboxScope'),
      );
      c.set('upstreamStatus', answer.status);
      c.set('tokenCached', answer.tokenCached);
      return c.json({
        upstream: { status: answer.status, headers: answer.headers, body: answer.body },
        durationMs: options.now() - started,
        token: { cached: answer.tokenCached },
      } satisfies TestSendResponse);
    } catch (error) {
      if (error instanceof UpstreamError) {
        return errorResponse(c, error.status, error.code, error.message, error.params);
      }
      throw error;
    }
  });
  return app;
}
