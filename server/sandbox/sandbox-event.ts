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

/** An earlier version of an event, kept when a later call changed it. */
export interface SandboxVersion {
  receivedAt: string;
  endpoint: 'create' | 'update';
  event: SandboxEventFields;
}

/** One event as a calendar API holds it: created once, changed by updates, with its earlier versions. */
export interface SandboxEvent {
  /** Stable key: account code and event id. */
  id: string;
  accountCode: string;
  createdAt: string;
  /** When the current version arrived. */
  receivedAt: string;
  /** The call that produced the current version. */
  endpoint: 'create' | 'update';
  event: SandboxEventFields;
  subscriptionIds: string[];
  /** Earlier versions, newest first (at most a few). */
  history: SandboxVersion[];
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

/** The subscription ids of a create body (strings only). */
export function subscriptionIdsOf(body: unknown): string[] {
  const ids = record(body).subscriptionIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}
