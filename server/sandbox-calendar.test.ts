import { describe, expect, it } from 'vitest';
import { SANDBOX_CLIENT } from './config';
import { MAX_SANDBOX_TOKENS } from './sandbox/sandbox-rokt';
import { SANDBOX_LIMITS } from './sandbox/sandbox-store';
import { CREATE_URL, testApp, testConfig, UPDATE_URL, validCreateBody } from '../src/testing/server';

const withTitle = (eventId: string, title: string, extra: Record<string, unknown> = {}) => {
  const body = JSON.parse(validCreateBody(eventId));
  return JSON.stringify({ ...body, event: { ...body.event, title, ...extra } });
};
const asUpdate = (body: string) => JSON.stringify({ event: JSON.parse(body).event });

describe('the sandbox behaves like a calendar API', () => {
  it('keeps one entry per event id: an update changes it and keeps the earlier version', async () => {
    const { request, send } = testApp(testConfig());
    await send({ url: CREATE_URL, body: withTitle('launch', 'Launch') });
    await send({ url: UPDATE_URL, body: asUpdate(withTitle('launch', 'Launch, moved')) });
    await send({ url: UPDATE_URL, body: asUpdate(withTitle('launch', 'Launch, final')) });
    const { events, total } = await (await request('/api/sandbox/events')).json();
    expect(total).toBe(1);
    expect(events[0]).toMatchObject({
      id: 'brazetest/launch',
      endpoint: 'update',
      event: { title: 'Launch, final' },
      history: [
        { endpoint: 'update', event: { title: 'Launch, moved' } },
        { endpoint: 'create', event: { title: 'Launch' } },
      ],
    });
  });

  it('refuses an update for an id it never created with a 404 that says what to do', async () => {
    const { request, send } = testApp(testConfig());
    const res = await send({ url: UPDATE_URL, body: asUpdate(withTitle('ghost', 'Ghost')) });
    const { upstream } = await res.json();
    expect(upstream.status).toBe(404);
    expect(JSON.parse(upstream.body).error).toMatchObject({
      code: 'event_not_found',
      message: expect.stringContaining('Send it as a new event first'),
    });
    expect((await (await request('/api/sandbox/events')).json()).events).toEqual([]);
  });

  it('shows each browser only its own events, by an HttpOnly SameSite=Strict cookie', async () => {
    const { app, request, send } = testApp(testConfig());
    const res = await send({ url: CREATE_URL, body: withTitle('mine', 'Mine') });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      /^composer_sandbox=[A-Za-z0-9_-]{22}; Max-Age=\d+; Path=\/api; HttpOnly; SameSite=Strict$/,
    );
    expect((await (await request('/api/sandbox/events')).json()).total).toBe(1);
    // Another browser (no cookie, or a forged one) sees nothing.
    expect((await (await app.request('/api/sandbox/events')).json()).total).toBe(0);
    const forged = await app.request('/api/sandbox/events', { headers: { cookie: 'composer_sandbox=x' } });
    expect((await forged.json()).total).toBe(0);
  });

  it('clears the browser’s events with DELETE /api/sandbox/events', async () => {
    const { request, send } = testApp(testConfig());
    await send({ url: CREATE_URL, body: withTitle('a', 'A') });
    await send({ url: CREATE_URL, body: withTitle('b', 'B') });
    const res = await request('/api/sandbox/events', { method: 'DELETE' });
    expect(await res.json()).toEqual({ cleared: 2 });
    expect((await (await request('/api/sandbox/events')).json()).events).toEqual([]);
  });

  it('pages the listing, newest change first, never more than the maximum page size', async () => {
    const { request, send } = testApp(testConfig({ RATE_LIMIT_PER_MINUTE: '1000' }));
    for (let i = 0; i < 60; i++) await send({ url: CREATE_URL, body: withTitle(`e${i}`, `Event ${i}`) });
    const first = await (await request('/api/sandbox/events?limit=500')).json();
    expect(first.events).toHaveLength(SANDBOX_LIMITS.maxPageSize);
    expect(first.events[0].event.title).toBe('Event 59');
    expect(first.total).toBe(60);
    const second = await (await request(`/api/sandbox/events?limit=50&cursor=${first.nextCursor}`)).json();
    expect(second.events.map((e: { event: { title: string } }) => e.event.title)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Event ${9 - i}`),
    );
    expect(second.nextCursor).toBeNull();
  });
});

describe('sandbox abuse is bounded', () => {
  const basic = `Basic ${Buffer.from(`${SANDBOX_CLIENT.id}:${SANDBOX_CLIENT.secret}`).toString('base64')}`;

  it('answers 413 to a direct post over 64 KB and 429 past the rate limit', async () => {
    const { request } = testApp(testConfig({ RATE_LIMIT_PER_MINUTE: '5' }));
    const big = await request('/api/sandbox/rokt/v1/subscriptionevent/acme', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer x' },
      body: 'x'.repeat(10 * 1024 * 1024),
    });
    expect(big.status).toBe(413);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await request('/api/sandbox/rokt/oauth2/token', {
        method: 'POST',
        headers: { Authorization: basic },
        body: 'grant_type=client_credentials',
      });
      statuses.push(res.status);
    }
    // The 413 counted too: 5 a minute in all.
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429, 429, 429]);
  });

  it('keeps the store under its byte budget and each page under 256 KB, however much is posted', async () => {
    const { request } = testApp(testConfig({ RATE_LIMIT_PER_MINUTE: '100000' }));
    const token = (
      await (
        await request('/api/sandbox/rokt/oauth2/token', {
          method: 'POST',
          headers: { Authorization: basic },
          body: 'grant_type=client_credentials',
        })
      ).json()
    ).access_token;
    const description = 'd'.repeat(60 * 1024);
    for (let i = 0; i < 150; i++) {
      const res = await request('/api/sandbox/rokt/v1/subscriptionevent/acme', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: withTitle(`big-${i}`, `Big ${i}`, { description }),
      });
      expect(res.status).toBe(202);
    }
    const page = await request('/api/sandbox/events?limit=50');
    const text = await page.text();
    const { events, total } = JSON.parse(text);
    expect(text.length).toBeLessThanOrEqual(SANDBOX_LIMITS.pageBytes + 4096);
    expect(events.length).toBeGreaterThan(0);
    // 150 × 60 KB = 9 MB posted; the browser's budget is 1 MB.
    expect(total * 60 * 1024).toBeLessThanOrEqual(SANDBOX_LIMITS.scopeBytes);
    expect(events[0].event.title).toBe('Big 149');
  });

  it(`keeps at most ${MAX_SANDBOX_TOKENS} sandbox tokens alive`, async () => {
    const { request } = testApp(testConfig({ RATE_LIMIT_PER_MINUTE: '100000' }));
    const mint = async () =>
      (
        await (
          await request('/api/sandbox/rokt/oauth2/token', {
            method: 'POST',
            headers: { Authorization: basic },
            body: 'grant_type=client_credentials',
          })
        ).json()
      ).access_token as string;
    const first = await mint();
    for (let i = 0; i < MAX_SANDBOX_TOKENS; i++) await mint();
    const res = await request('/api/sandbox/rokt/v1/subscriptionevent/acme', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${first}` },
      body: validCreateBody(),
    });
    expect(res.status).toBe(401);
  });
});
