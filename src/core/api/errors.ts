import * as z from 'zod/mini';

/** One problem the server found in a test-send body (an Issue, as the preview shows it). */
const ApiIssueSchema = z.object({
  code: z.string(),
  message: z.string(),
  path: z.string(),
  severity: z.enum(['error', 'warning']),
  field: z.optional(z.string()),
  line: z.optional(z.number()),
  column: z.optional(z.number()),
  excerpt: z.optional(z.string()),
});

/** Every failure of the composer server: `{"error":{"code","message"}}`, plus the body problems or a request id. */
export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.optional(z.array(ApiIssueSchema)),
    requestId: z.optional(z.string()),
  }),
});
