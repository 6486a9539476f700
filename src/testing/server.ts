import type { Hono } from 'hono';
import { createApp, type AppDeps } from '../../server/app';
import type { AppEnv } from '../../server/app-env';
import { parseConfig, type ServerConfig } from '../../server/config';

/** A create body the core validation accepts (the partner guide's example event, one hour long). */
export function validCreateBody(eventId = 'Event_0001_u1'): string {
  return JSON.stringify({
    event: {
      eventId,
      title: 'Summer sale starts',
      description: 'Doors open at 3 pm.',
      location: 'https://shop.example.com/sale',
      start: '2027-02-21T15:00:00',
      end: '2027-02-21T16:00:00',
      timezone: 'Eastern Standard Time',
      allDayEvent: false,
      notifyBefore: 15,
    },
    subscriptionIds: ['3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
  });
}

export const CREATE_URL = 'https://api.roktcalendar.com/v1/subscriptionevent/brazetest';
export const UPDATE_URL = `${CREATE_URL}/update`;

/** A controllable clock for token expiry and rate limits. */
export function fakeClock(start = Date.UTC(2027, 0, 10, 12, 0, 0)) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

/** Config for tests: parsed from `env` like production, API only (no static files). */
export function testConfig(
  env: Record<string, string> = {},
  overrides: Partial<ServerConfig> = {},
): ServerConfig {
  return { ...parseConfig(env, null), ...overrides };
}

/**
 * An app plus the log lines it wrote. `request` behaves like one browser (it keeps the cookies the server sets);
 * `send` posts a test send through it.
 */
export function testApp(config: ServerConfig, deps: Partial<AppDeps> = {}) {
  const lines: string[] = [];
  const app = createApp(config, { logger: (line) => lines.push(line), ...deps });
  const jar = new Map<string, string>();
  const request = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (jar.size > 0 && !headers.has('cookie'))
      headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await app.request(path, { ...init, headers });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = (pair ?? '').split('=');
      if (name && value !== undefined) jar.set(name.trim(), value.trim());
    }
    return res;
  };
  const send = async (payload: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    request('/api/test-send', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
  return { app, lines, send, request };
}

/**
 * A `fetch` for component tests that serves the page's `/api` calls from a real app in process, keeping the
 * cookies it sets as a browser would (the sandbox scopes events by cookie). `hold(path)` makes the next call
 * to that path wait until the returned function is called, to observe an in-flight state.
 */
export function fetchFromApp(app: Hono<AppEnv>) {
  const cookies = new Map<string, string>();
  const held = new Map<string, Promise<void>>();
  const calls: Array<{ path: string; method: string; body: string | null }> = [];
  const fetchImpl = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const path = String(input);
    calls.push({
      path,
      method: init.method ?? 'GET',
      body: typeof init.body === 'string' ? init.body : null,
    });
    const wait = held.get(path.split('?')[0] ?? path);
    if (wait) {
      held.delete(path.split('?')[0] ?? path);
      await wait;
    }
    const headers = new Headers(init.headers);
    if (cookies.size > 0) headers.set('Cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await app.request(path, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq > 0) cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    return response;
  };
  const hold = (path: string): (() => void) => {
    let release: () => void = () => undefined;
    held.set(path, new Promise<void>((resolve) => (release = resolve)));
    return () => release();
  };
  return { fetch: fetchImpl, calls, hold };
}
