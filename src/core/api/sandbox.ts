import * as z from 'zod/mini';

const EndpointSchema = z.enum(['create', 'update']);

/** The event fields the sandbox keeps for display (whatever the body held; unknown fields are dropped). */
const SandboxEventFieldsSchema = z.object({
  eventId: z.string(),
  title: z.string(),
  description: z.optional(z.string()),
  location: z.optional(z.string()),
  start: z.string(),
  end: z.optional(z.string()),
  timezone: z.string(),
  allDayEvent: z.optional(z.boolean()),
  notifyBefore: z.optional(z.union([z.number(), z.string()])),
});
export type SandboxEventFields = z.infer<typeof SandboxEventFieldsSchema>;

/** An earlier version of an event, kept when a later call changed it. */
const SandboxVersionSchema = z.object({
  receivedAt: z.string(),
  endpoint: EndpointSchema,
  event: SandboxEventFieldsSchema,
});

/** One event as the sandbox holds it (one per account code and event id), with its earlier versions, newest first. */
const SandboxEventSchema = z.object({
  id: z.string(),
  accountCode: z.string(),
  createdAt: z.string(),
  receivedAt: z.string(),
  endpoint: EndpointSchema,
  event: SandboxEventFieldsSchema,
  subscriptionIds: z.array(z.string()),
  history: z.array(SandboxVersionSchema),
});
export type SandboxEvent = z.infer<typeof SandboxEventSchema>;

/** `GET /api/sandbox/events?limit&cursor` query: page size (the server caps it) and the previous page's cursor. */
export const SandboxPageQuerySchema = z.object({
  limit: z.optional(z.string().check(z.regex(/^\d+$/))),
  cursor: z.optional(z.string()),
});

/** `GET /api/sandbox/events`: one page of this browser's events, most recently changed first. */
export const SandboxPageSchema = z.object({
  events: z.array(SandboxEventSchema),
  nextCursor: z.nullable(z.string()),
  total: z.int(),
  maxPageSize: z.int(),
});
export type SandboxPage = z.infer<typeof SandboxPageSchema>;

/** `DELETE /api/sandbox/events`: how many events were removed. */
export const SandboxClearedSchema = z.object({ cleared: z.int() });
export type SandboxCleared = z.infer<typeof SandboxClearedSchema>;

/** `POST /api/sandbox/rokt/oauth2/token` (the imitation of Rokt's token endpoint) success. */
export const SandboxTokenResponseSchema = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number(),
});

/** `POST /api/sandbox/rokt/v1/subscriptionevent/{accountCode}[/update]` (the imitation of Rokt) success, 202. */
export const SandboxAcceptedSchema = z.object({
  status: z.literal('Accepted'),
  message: z.string(),
  eventId: z.string(),
});
