import * as z from 'zod/mini';

/** The values an error's sentence is built from, so the interface can word it in its own language. */
const ParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

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
  params: z.optional(ParamsSchema),
});

/**
 * Every `error.code` the composer server sends; the server's `message` is its English sentence (for logs and
 * the command line), the interface words the code from `params`.
 */
export const API_ERROR_CODES = [
  'bad_request',
  'cross_origin',
  'internal',
  'invalid_body',
  'not_found',
  'rate_limited',
  'token_failed',
  'token_invalid',
  'token_rejected',
  'too_large',
  'unknown_host',
  'upstream_redirect',
  'upstream_timeout',
  'upstream_unreachable',
  'upstream_unreadable',
  'url_not_allowed',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Every `error.code` the built-in sandbox answers with, as Rokt's imitation (shown in a test send's answer). */
export const SANDBOX_ERROR_CODES = [
  'event_not_found',
  'invalid_client',
  'invalid_json',
  'invalid_token',
  'unsupported_grant_type',
  'validation_failed',
] as const;

export type SandboxErrorCode = (typeof SANDBOX_ERROR_CODES)[number];

/** Why the proxy refused a webhook URL (`url_not_allowed`'s `reason`), first matching reason first. */
export const URL_REFUSAL_REASONS = [
  'empty',
  'whitespace',
  'backslash',
  'not-https',
  'credentials',
  'port',
  'host',
  'query',
  'fragment',
  'percent',
  'dot-segments',
  'endpoint',
  'account-code',
  'path',
] as const;

export type UrlRefusalReason = (typeof URL_REFUSAL_REASONS)[number];

/** Every failure of the composer server: `{"error":{"code","message"}}`, plus the body problems or a request id. */
export const ApiErrorSchema = z.object({
  error: z.object({
    // A string, not the enum: a newer server's code still shows its own sentence.
    code: z.string(),
    message: z.string(),
    params: z.optional(ParamsSchema),
    issues: z.optional(z.array(ApiIssueSchema)),
    requestId: z.optional(z.string()),
  }),
});
