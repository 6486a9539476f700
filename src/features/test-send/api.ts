// zod's mini build, like every schema the browser loads: it keeps the zod code shared with the form small.
import * as z from 'zod/mini';

/** `GET /api/health`. */
export const HealthSchema = z.object({ status: z.string(), mode: z.enum(['sandbox', 'live']) });
export type Health = z.infer<typeof HealthSchema>;

/** `POST /api/test-send` success: what Rokt (or the sandbox) answered. */
export const SendResultSchema = z.object({
  upstream: z.object({ status: z.number(), headers: z.record(z.string(), z.string()), body: z.string() }),
  durationMs: z.number(),
  token: z.object({ cached: z.boolean() }),
});
export type SendResult = z.infer<typeof SendResultSchema>;

const EventFieldsSchema = z.object({
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

/** One event the sandbox holds (one per account code and event id), as `GET /api/sandbox/events` lists it. */
export const SandboxEventSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  receivedAt: z.string(),
  accountCode: z.string(),
  endpoint: z.enum(['create', 'update']),
  subscriptionIds: z.array(z.string()),
  event: EventFieldsSchema,
  history: z.array(
    z.object({ receivedAt: z.string(), endpoint: z.enum(['create', 'update']), event: EventFieldsSchema }),
  ),
});
export type SandboxEvent = z.infer<typeof SandboxEventSchema>;

/** One page of the listing, most recently changed first. */
export const SandboxPageSchema = z.object({
  events: z.array(SandboxEventSchema),
  nextCursor: z.nullable(z.string()),
  total: z.number(),
});
export type SandboxPage = z.infer<typeof SandboxPageSchema>;
const ClearedSchema = z.object({ cleared: z.number() });

const ErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.optional(z.array(z.object({ message: z.string() }))),
  }),
});

/** A failure of the composer server itself, with a sentence to show and any body problems it listed. */
export class ProxyError extends Error {
  override name = 'ProxyError';
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

async function call<T>(path: string, schema: z.ZodMiniType<T>, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init?.headers } });
  } catch {
    throw new ProxyError(
      'The composer server could not be reached. Check that it is still running, then try again.',
    );
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = ErrorSchema.safeParse(json);
    if (error.success) {
      throw new ProxyError(
        error.data.error.message,
        (error.data.error.issues ?? []).map((i) => i.message),
      );
    }
    throw new ProxyError(
      `The composer server answered ${response.status} without an explanation. Try again in a moment.`,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new ProxyError(
      'The composer server sent an answer this page does not understand. Reload the page.',
    );
  return parsed.data;
}

/** Fetches the server's mode. */
export const fetchHealth = (): Promise<Health> => call('/api/health', HealthSchema);

/** Fetches one page of this browser's sandbox events, most recently changed first. */
export const fetchSandboxPage = (cursor: string | null): Promise<SandboxPage> =>
  call(
    `/api/sandbox/events?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    SandboxPageSchema,
  );

/** Removes this browser's sandbox events; resolves to how many there were. */
export const clearSandbox = async (): Promise<number> =>
  (await call('/api/sandbox/events', ClearedSchema, { method: 'DELETE' })).cleared;

/** Asks the server to send the rendered request to Rokt (or the sandbox) and returns Rokt's answer. */
export const postTestSend = (input: { url: string; body: string }): Promise<SendResult> =>
  call('/api/test-send', SendResultSchema, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
