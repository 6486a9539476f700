import type { SandboxEventFields } from '../../src/core/api';

/** The shapes the sandbox keeps are the API contract's (src/core/api). */
export type { SandboxEvent, SandboxEventFields } from '../../src/core/api';

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
