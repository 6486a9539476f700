/** The event fields the sandbox keeps for display (whatever the body held; unknown fields are ignored). */
export interface SandboxEventFields {
  eventId: string;
  title: string;
  description?: string;
  location?: string;
  start: string;
  end?: string;
  timezone: string;
  allDayEvent?: boolean;
  notifyBefore?: number | string;
}

/** One request the sandbox accepted (202). */
export interface SandboxEvent {
  id: number;
  receivedAt: string;
  accountCode: string;
  endpoint: 'create' | 'update';
  event: SandboxEventFields;
  subscriptionIds: string[];
  /** The body exactly as parsed. */
  body: unknown;
}

const MAX_EVENTS = 500;

/** In-memory list of accepted events, newest first, capped so a long-running sandbox cannot grow without bound. */
export interface SandboxStore {
  add(entry: Omit<SandboxEvent, 'id' | 'event' | 'subscriptionIds'>): SandboxEvent;
  list(): SandboxEvent[];
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Picks the event fields out of a create body or a nested/flat update body. */
export function eventFieldsOf(body: unknown): SandboxEventFields {
  const root = record(body);
  const e = 'event' in root ? record(root.event) : root;
  const notify = e.notifyBefore;
  return {
    eventId: text(e.eventId) ?? '',
    title: text(e.title) ?? '',
    description: text(e.description),
    location: text(e.location),
    start: text(e.start) ?? '',
    end: text(e.end),
    timezone: text(e.timezone) ?? '',
    allDayEvent: typeof e.allDayEvent === 'boolean' ? e.allDayEvent : undefined,
    notifyBefore: typeof notify === 'number' || typeof notify === 'string' ? notify : undefined,
  };
}

/** Creates an empty store. */
export function createSandboxStore(): SandboxStore {
  const events: SandboxEvent[] = [];
  let next = 1;
  return {
    add(entry) {
      const ids = record(entry.body).subscriptionIds;
      const event: SandboxEvent = {
        ...entry,
        id: next++,
        event: eventFieldsOf(entry.body),
        subscriptionIds: Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [],
      };
      events.unshift(event);
      if (events.length > MAX_EVENTS) events.length = MAX_EVENTS;
      return event;
    },
    list: () => events.slice(),
  };
}
