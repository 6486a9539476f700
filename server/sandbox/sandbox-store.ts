import { eventFieldsOf, subscriptionIdsOf, type SandboxEvent } from './sandbox-event';

/** Limits of the in-memory sandbox; every one is enforced by evicting the least recently changed data. */
export const SANDBOX_LIMITS = {
  /** Browsers (scopes) kept at once. */
  scopes: 200,
  /** Events per browser. */
  eventsPerScope: 100,
  /** Earlier versions kept per event. */
  historyPerEvent: 10,
  /** Bytes (JSON) per browser. */
  scopeBytes: 1024 * 1024,
  /** Bytes (JSON) across all browsers. */
  totalBytes: 16 * 1024 * 1024,
  /** Events per listing page, at most. */
  maxPageSize: 50,
  /** A page stops early once its events reach this many bytes (JSON). */
  pageBytes: 256 * 1024,
};

interface Accepted {
  accountCode: string;
  endpoint: 'create' | 'update';
  receivedAt: string;
  body: unknown;
}

interface Page {
  events: SandboxEvent[];
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
  total: number;
}

/** In-memory events per browser scope: one entry per (account code, event id), bounded in count and bytes. */
export interface SandboxStore {
  /** Creates the event, or replaces it (keeping the earlier version) when the id exists. */
  create(scope: string, accepted: Accepted): SandboxEvent;
  /** Changes an existing event (keeping the earlier version); null when the id is unknown in this scope. */
  update(scope: string, accepted: Accepted): SandboxEvent | null;
  /** Most recently changed first; `cursor` from the previous page. */
  list(scope: string, options?: { cursor?: string | null; limit?: number }): Page;
  /** Removes the scope's events and returns how many there were. */
  clear(scope: string): number;
  /** Bytes held across all scopes (for tests and limits). */
  bytes(): number;
}

interface Scope {
  /** Keyed by account code + event id; Map order = least recently changed first. */
  events: Map<string, { event: SandboxEvent; bytes: number }>;
  bytes: number;
}

const sizeOf = (event: SandboxEvent) => JSON.stringify(event).length;

/** Creates an empty store. */
export function createSandboxStore(limits = SANDBOX_LIMITS): SandboxStore {
  // Map order = least recently used scope first.
  const scopes = new Map<string, Scope>();
  let total = 0;

  function scopeOf(id: string): Scope {
    let scope = scopes.get(id);
    if (scope) scopes.delete(id);
    else scope = { events: new Map(), bytes: 0 };
    scopes.set(id, scope);
    return scope;
  }

  function put(scope: Scope, key: string, event: SandboxEvent) {
    const old = scope.events.get(key);
    if (old) {
      scope.events.delete(key);
      scope.bytes -= old.bytes;
      total -= old.bytes;
    }
    const bytes = sizeOf(event);
    scope.events.set(key, { event, bytes });
    scope.bytes += bytes;
    total += bytes;
    for (const [k, v] of scope.events) {
      if (scope.events.size <= limits.eventsPerScope && scope.bytes <= limits.scopeBytes) break;
      if (k === key) continue;
      scope.events.delete(k);
      scope.bytes -= v.bytes;
      total -= v.bytes;
    }
    for (const [id, s] of scopes) {
      if (scopes.size <= limits.scopes && total <= limits.totalBytes) break;
      if (s === scope) continue;
      scopes.delete(id);
      total -= s.bytes;
    }
  }

  const keyOf = (accountCode: string, eventId: string) => `${accountCode}\u0000${eventId}`;

  function store(scopeId: string, accepted: Accepted, mustExist: boolean): SandboxEvent | null {
    const fields = eventFieldsOf(accepted.body);
    const key = keyOf(accepted.accountCode, fields.eventId);
    const scope = mustExist ? scopes.get(scopeId) : scopeOf(scopeId);
    const previous = scope?.events.get(key)?.event;
    if (!scope || (mustExist && !previous)) return null;
    if (mustExist) scopeOf(scopeId);
    const history = previous
      ? [
          { receivedAt: previous.receivedAt, endpoint: previous.endpoint, event: previous.event },
          ...previous.history,
        ].slice(0, limits.historyPerEvent)
      : [];
    const event: SandboxEvent = {
      id: `${accepted.accountCode}/${fields.eventId}`,
      accountCode: accepted.accountCode,
      createdAt: previous?.createdAt ?? accepted.receivedAt,
      receivedAt: accepted.receivedAt,
      endpoint: accepted.endpoint,
      event: fields,
      subscriptionIds:
        accepted.endpoint === 'create' ? subscriptionIdsOf(accepted.body) : (previous?.subscriptionIds ?? []),
      history,
    };
    put(scope, key, event);
    return event;
  }

  return {
    create: (scope, accepted) => store(scope, accepted, false) as SandboxEvent,
    update: (scope, accepted) => store(scope, accepted, true),
    list(scopeId, options = {}) {
      const all = [...(scopes.get(scopeId)?.events.values() ?? [])].reverse();
      const start = Math.max(0, Number.parseInt(options.cursor ?? '0', 10) || 0);
      const limit = Math.min(Math.max(1, options.limit ?? 20), limits.maxPageSize);
      const events: SandboxEvent[] = [];
      let bytes = 0;
      for (const entry of all.slice(start, start + limit)) {
        if (events.length > 0 && bytes + entry.bytes > limits.pageBytes) break;
        events.push(entry.event);
        bytes += entry.bytes;
      }
      const next = start + events.length;
      return { events, nextCursor: next < all.length ? String(next) : null, total: all.length };
    },
    clear(scopeId) {
      const scope = scopes.get(scopeId);
      if (!scope) return 0;
      scopes.delete(scopeId);
      total -= scope.bytes;
      return scope.events.size;
    },
    bytes: () => total,
  };
}
