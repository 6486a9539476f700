import * as z from 'zod/mini';

/** `POST /api/test-send` body: the rendered webhook URL and the rendered body text. */
export const TestSendRequestSchema = z.object({ url: z.string(), body: z.string() });
export type TestSendRequest = z.infer<typeof TestSendRequestSchema>;

/** `POST /api/test-send` success: what Rokt (or the sandbox) answered, how long it took, and whether the token was reused. */
export const TestSendResponseSchema = z.object({
  upstream: z.object({
    status: z.int(),
    headers: z.record(z.string(), z.string()),
    body: z.string(),
  }),
  durationMs: z.number(),
  token: z.object({ cached: z.boolean() }),
});
export type TestSendResponse = z.infer<typeof TestSendResponseSchema>;
