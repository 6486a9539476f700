import { z } from 'zod';

/** One problem the server found in a test-send body (an Issue, as the preview shows it). */
export const ApiIssueSchema = z.object({
  code: z.string(),
  message: z.string(),
  path: z.string(),
  severity: z.enum(['error', 'warning']),
  field: z.string().optional(),
  line: z.number().optional(),
  column: z.number().optional(),
  excerpt: z.string().optional(),
});

/** Every failure of the composer server: `{"error":{"code","message"}}`, plus the body problems or a request id. */
export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(ApiIssueSchema).optional(),
    requestId: z.string().optional(),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
