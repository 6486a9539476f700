import { describe, expect, it } from 'vitest';
import { CREATE_URL, fakeClock, testApp, testConfig, validCreateBody } from '../src/testing/server';

const SECRET = 'live-secret-4d1e';
const LIVE_ENV = {
  ROKT_CLIENT_ID: 'live-client',
  ROKT_CLIENT_SECRET: SECRET,
  ROKT_API_BASE: 'https://rokt.test.example',
  ROKT_TOKEN_URL: 'https://auth.test.example/oauth2/token',
};

type Call = { url: string; method: string; headers: Headers; body: string };
type Reply = (call: Call, signal: AbortSignal | undefined) => Response | Promise<Response>;

/** A scripted fetch: token calls get `tokenReply`, API calls take the next of `apiReplies` (the last one repeats). */
function scriptedFetch(apiReplies: Reply[], tokenReply?: Reply) {
  const calls: Call[] = [];
  let issued = 0;
  const impl: typeof fetch = async (input, init) => {
    const call = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: String(init?.body ?? ''),
    };
    calls.push(call);
    if (call.url === LIVE_ENV.ROKT_TOKEN_URL) {
      if (tokenReply) return tokenReply(call, init?.signal ?? undefined);
      issued += 1;
      return Response.json({ access_token: `tok-${issued}-abcdef`, expires_in: 300 });
    }
    const reply =
      apiReplies[
        Math.min(calls.filter((c) => c.url !== LIVE_ENV.ROKT_TOKEN_URL).length - 1, apiReplies.length - 1)
      ];
    return (reply as Reply)(call, init?.signal ?? undefined);
  };
  return {
    impl,
    calls,
    tokenCalls: () => calls.filter((c) => c.url === LIVE_ENV.ROKT_TOKEN_URL),
    apiCalls: () => calls.filter((c) => c.url !== LIVE_ENV.ROKT_TOKEN_URL),
  };
}

const accepted: Reply = () =>
  new Response('{"status":"Accepted"}', {
    status: 202,
    headers: { 'Content-Type': 'application/json', 'Set-Cookie': 'a=b' },
  });
const unauthorized: Reply = () => new Response('{"message":"token expired"}', { status: 401 });

describe('live mode proxy (scripted fetch)', () => {
  it('gets a token by client credentials and calls the configured base with Bearer + JSON, whatever the request host', async () => {
    const fake = scriptedFetch([accepted]);
    const { app } = testApp(testConfig(LIVE_ENV), { fetch: fake.impl });
    const res = await app.request('http://127.0.0.1:8787/api/test-send', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Host: '127.0.0.1:8787' },
      body: JSON.stringify({
        url: `${CREATE_URL}/update`,
        body: JSON.stringify(JSON.parse(validCreateBody())),
      }),
    });
    expect(res.status).toBe(200);
    const [token] = fake.tokenCalls();
    expect(token?.method).toBe('POST');
    expect(token?.headers.get('authorization')).toBe(
      `Basic ${Buffer.from(`live-client:${SECRET}`).toString('base64')}`,
    );
    expect(token?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(token?.body).toBe('grant_type=client_credentials');
    const [api] = fake.apiCalls();
    expect(api?.url).toBe('https://rokt.test.example/v1/subscriptionevent/brazetest/update');
    expect(api?.headers.get('authorization')).toBe('Bearer tok-1-abcdef');
    expect(api?.headers.get('content-type')).toBe('application/json');
    const json = await res.json();
    expect(json.upstream).toEqual({
      status: 202,
      headers: { 'content-type': 'application/json' },
      body: '{"status":"Accepted"}',
    });
  });

  it('caches the token until shortly before expires_in', async () => {
    const clock = fakeClock();
    const fake = scriptedFetch([accepted]);
    const { send } = testApp(testConfig(LIVE_ENV), { fetch: fake.impl, clock });
    const payload = { url: CREATE_URL, body: validCreateBody() };
    expect((await (await send(payload)).json()).token.cached).toBe(false);
    clock.advance(269_000);
    expect((await (await send(payload)).json()).token.cached).toBe(true);
    clock.advance(2_000); // 271 s of 300: inside the 30 s safety margin
    expect((await (await send(payload)).json()).token.cached).toBe(false);
    expect(fake.tokenCalls()).toHaveLength(2);
  });

  it('refreshes once and retries once after a 401, then reports a second 401 inside upstream', async () => {
    const once = scriptedFetch([unauthorized, accepted]);
    const a = testApp(testConfig(LIVE_ENV), { fetch: once.impl });
    const ok = await (await a.send({ url: CREATE_URL, body: validCreateBody() })).json();
    expect(ok).toMatchObject({ upstream: { status: 202 }, token: { cached: false } });
    expect(once.apiCalls().map((c) => c.headers.get('authorization'))).toEqual([
      'Bearer tok-1-abcdef',
      'Bearer tok-2-abcdef',
    ]);

    const always = scriptedFetch([unauthorized]);
    const b = testApp(testConfig(LIVE_ENV), { fetch: always.impl });
    const res = await b.send({ url: CREATE_URL, body: validCreateBody() });
    expect(res.status).toBe(200);
    expect((await res.json()).upstream.status).toBe(401);
    expect(always.apiCalls()).toHaveLength(2);
    expect(always.tokenCalls()).toHaveLength(2);
  });

  it.each([
    [
      'token refused',
      () => new Response('{"error":"invalid_client"}', { status: 401 }),
      502,
      'token_rejected',
      'ROKT_CLIENT_ID',
    ],
    ['token service down', () => new Response('oops', { status: 500 }), 502, 'token_failed', '500'],
    ['no access token', () => Response.json({ expires_in: 300 }), 502, 'token_invalid', 'access token'],
  ])('turns %s into %i %s', async (_name, tokenReply, status, code, words) => {
    const fake = scriptedFetch([accepted], tokenReply);
    const { send } = testApp(testConfig(LIVE_ENV), { fetch: fake.impl });
    const res = await send({ url: CREATE_URL, body: validCreateBody() });
    expect(res.status).toBe(status);
    const { error } = await res.json();
    expect(error.code).toBe(code);
    expect(error.message).toContain(words);
    expect(fake.apiCalls()).toHaveLength(0);
  });

  it('answers 502 when Rokt cannot be reached and 504 when it does not answer in time', async () => {
    const refused = scriptedFetch([() => Promise.reject(new TypeError('fetch failed'))]);
    const a = testApp(testConfig(LIVE_ENV), { fetch: refused.impl });
    const res502 = await a.send({ url: CREATE_URL, body: validCreateBody() });
    expect(res502.status).toBe(502);
    expect((await res502.json()).error).toMatchObject({
      code: 'upstream_unreachable',
      message: expect.stringContaining('could not be reached'),
    });

    const hang: Reply = (_call, signal) =>
      new Promise((_, reject) =>
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const slow = scriptedFetch([hang]);
    const b = testApp(testConfig({ ...LIVE_ENV, ROKT_TIMEOUT_MS: '20' }), { fetch: slow.impl });
    const res504 = await b.send({ url: CREATE_URL, body: validCreateBody() });
    expect(res504.status).toBe(504);
    expect((await res504.json()).error).toMatchObject({
      code: 'upstream_timeout',
      message: expect.stringContaining('did not answer in time: a test send may take at most 20 ms in all'),
    });
  });

  it('never lets the secret or a token out, even when the upstream echoes them', async () => {
    const echo: Reply = (call) =>
      new Response(JSON.stringify({ seen: call.headers.get('authorization'), secret: SECRET }), {
        status: 400,
        headers: { 'X-Debug': call.headers.get('authorization') ?? '' },
      });
    const fake = scriptedFetch([echo]);
    const { send, lines } = testApp(testConfig(LIVE_ENV), { fetch: fake.impl });
    const res = await send({ url: CREATE_URL, body: validCreateBody() });
    const text = await res.text();
    expect(JSON.parse(text).upstream.status).toBe(400);
    for (const leak of [SECRET, 'tok-1-abcdef', Buffer.from(`live-client:${SECRET}`).toString('base64')]) {
      expect(text).not.toContain(leak);
      expect(lines.join('\n')).not.toContain(leak);
    }
    expect(text).toContain('[redacted]');
  });
});
