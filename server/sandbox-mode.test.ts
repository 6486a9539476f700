import { describe, expect, it } from 'vitest';
import { SANDBOX_CLIENT } from './config';
import {
  CREATE_URL,
  fakeClock,
  testApp,
  testConfig,
  UPDATE_URL,
  validCreateBody,
} from '../src/testing/server';

describe('sandbox mode through app.request()', () => {
  it('reports its mode on /api/health', async () => {
    const { app } = testApp(testConfig());
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', mode: 'sandbox' });
  });

  it('sends a create through the built-in sandbox and lists it, newest first', async () => {
    const { request, send } = testApp(testConfig());
    const first = await send({ url: CREATE_URL, body: validCreateBody('first') });
    expect(first.status).toBe(200);
    const answer = await first.json();
    expect(answer).toMatchObject({ upstream: { status: 202 }, token: { cached: false } });
    expect(typeof answer.durationMs).toBe('number');
    expect(JSON.parse(answer.upstream.body)).toMatchObject({ eventId: 'first' });
    expect(answer.upstream.headers['content-type']).toContain('application/json');

    const second = await (await send({ url: CREATE_URL, body: validCreateBody('second') })).json();
    expect(second.token).toEqual({ cached: true });

    const events = await (await request('/api/sandbox/events')).json();
    expect(events.events.map((e: { event: { eventId: string } }) => e.event.eventId)).toEqual([
      'second',
      'first',
    ]);
    expect(events.events[0]).toMatchObject({
      accountCode: 'brazetest',
      endpoint: 'create',
      subscriptionIds: ['3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
      event: { title: 'Summer sale starts', timezone: 'Eastern Standard Time', notifyBefore: 15 },
    });
  });

  it('accepts an update in the nested (Braze) shape for an event it holds', async () => {
    const { request, send } = testApp(testConfig());
    await send({ url: CREATE_URL, body: validCreateBody('upd') });
    const { event } = JSON.parse(validCreateBody('upd'));
    const res = await send({
      url: UPDATE_URL,
      body: JSON.stringify({ event: { ...event, title: 'Moved' } }),
    });
    expect((await res.json()).upstream.status).toBe(202);
    const events = await (await request('/api/sandbox/events')).json();
    expect(events.events).toHaveLength(1);
    expect(events.events[0]).toMatchObject({
      endpoint: 'update',
      event: { eventId: 'upd', title: 'Moved' },
      subscriptionIds: ['3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
      history: [{ endpoint: 'create', event: { title: 'Summer sale starts' } }],
    });
  });

  it('renews the sandbox token after it expires', async () => {
    const clock = fakeClock();
    const { send } = testApp(testConfig({ SANDBOX_TOKEN_TTL_SECONDS: '60' }), { clock });
    expect((await (await send({ url: CREATE_URL, body: validCreateBody() })).json()).token.cached).toBe(
      false,
    );
    clock.advance(30_000);
    expect((await (await send({ url: CREATE_URL, body: validCreateBody() })).json()).token.cached).toBe(true);
    clock.advance(30_000);
    const late = await (await send({ url: CREATE_URL, body: validCreateBody() })).json();
    expect(late).toMatchObject({ upstream: { status: 202 }, token: { cached: false } });
  });

  describe('the sandbox Rokt itself', () => {
    const basic = (id: string, secret: string) =>
      `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
    const token = (authorization: string, body = 'grant_type=client_credentials') =>
      testApp(testConfig()).app.request('/api/sandbox/rokt/oauth2/token', {
        method: 'POST',
        headers: { Authorization: authorization, 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
      });

    it('issues a short-lived token for the sandbox client only', async () => {
      const ok = await token(basic(SANDBOX_CLIENT.id, SANDBOX_CLIENT.secret));
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({
        expires_in: 300,
        access_token: expect.stringMatching(/^sbx_/),
      });
      const bad = await token(basic(SANDBOX_CLIENT.id, 'wrong'));
      expect(bad.status).toBe(401);
      expect((await bad.json()).error.code).toBe('invalid_client');
      expect(
        (await token(basic(SANDBOX_CLIENT.id, SANDBOX_CLIENT.secret), 'grant_type=password')).status,
      ).toBe(400);
    });

    it('answers 401 without a valid bearer token and 400 with a JSON error for a bad body', async () => {
      const { app } = testApp(testConfig());
      const post = (authorization: string, body: string) =>
        app.request('/api/sandbox/rokt/v1/subscriptionevent/brazetest', {
          method: 'POST',
          headers: { Authorization: authorization, 'Content-Type': 'application/json' },
          body,
        });
      const noToken = await post('Bearer nope', validCreateBody());
      expect(noToken.status).toBe(401);
      expect((await noToken.json()).error.code).toBe('invalid_token');

      const issued = await app.request('/api/sandbox/rokt/oauth2/token', {
        method: 'POST',
        headers: { Authorization: basic(SANDBOX_CLIENT.id, SANDBOX_CLIENT.secret) },
        body: 'grant_type=client_credentials',
      });
      const bearer = `Bearer ${(await issued.json()).access_token}`;
      const badJson = await post(bearer, '{"event":');
      expect(badJson.status).toBe(400);
      expect((await badJson.json()).error.code).toBe('invalid_json');
      const invalid = await post(bearer, JSON.stringify({ event: { title: 'no id' }, subscriptionIds: [] }));
      expect(invalid.status).toBe(400);
      expect((await invalid.json()).error).toMatchObject({
        code: 'validation_failed',
        message: expect.any(String),
      });
      expect((await post(bearer, validCreateBody())).status).toBe(202);
    });
  });
});

describe('live mode', () => {
  it('has no sandbox: /api/sandbox/events is 404', async () => {
    const { app } = testApp(testConfig({ ROKT_CLIENT_ID: 'id', ROKT_CLIENT_SECRET: 'secret' }));
    expect(await (await app.request('/api/health')).json()).toEqual({ status: 'ok', mode: 'live' });
    const res = await app.request('/api/sandbox/events');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
    expect((await app.request('/api/sandbox/rokt/oauth2/token', { method: 'POST' })).status).toBe(404);
  });
});
