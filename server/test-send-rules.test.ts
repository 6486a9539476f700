import { describe, expect, it } from 'vitest';
import { SANDBOX_CLIENT } from './config';
import { MAX_REQUEST_BYTES } from './test-send-route';
import { CREATE_URL, fakeClock, testApp, testConfig, validCreateBody } from '../src/testing/server';

describe('POST /api/test-send rules', () => {
  it.each([
    ['not JSON content type', 'url=x', { 'Content-Type': 'text/plain' }, 'bad_request'],
    ['malformed JSON', '{"url":', {}, 'bad_request'],
    ['missing body field', JSON.stringify({ url: CREATE_URL }), {}, 'bad_request'],
    ['body not a string', JSON.stringify({ url: CREATE_URL, body: { event: {} } }), {}, 'bad_request'],
    ['an array', '[]', {}, 'bad_request'],
  ])('answers 400 for %s', async (_name, payload, headers, code) => {
    const { send } = testApp(testConfig());
    const res = await send(payload, headers);
    expect(res.status).toBe(400);
    const json = await res.json();
    expect(json.error.code).toBe(code);
    expect(json.error.message).toMatch(/^[A-Z].*\.$/);
  });

  it.each([
    'https://evil.example.com/v1/subscriptionevent/brazetest',
    'https://api.roktcalendar.com:444/v1/subscriptionevent/brazetest',
    'https://api.roktcalendar.com/v1/subscriptionevent/../../oauth2/token',
    'https://api.roktcalendar.com/v1/subscriptionevent/braze%2Ftest',
    'https://api.roktcalendar.com/v1/subscriptionevent/brazetest?redirect=https://evil',
  ])('answers 400 url_not_allowed for %s without calling upstream', async (url) => {
    const { send, lines } = testApp(testConfig());
    const res = await send({ url, body: validCreateBody() });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('url_not_allowed');
    expect(JSON.parse(lines[0] as string).upstreamStatus).toBeUndefined();
  });

  it('answers 413 over 64 KB', async () => {
    const { send } = testApp(testConfig());
    const body = validCreateBody().replace('Doors open at 3 pm.', 'x'.repeat(MAX_REQUEST_BYTES));
    const res = await send({ url: CREATE_URL, body });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({
      code: 'too_large',
      message: expect.stringContaining('64 KB'),
    });
  });

  it('answers 422 with the position when the body is not JSON', async () => {
    const { send } = testApp(testConfig());
    const res = await send({ url: CREATE_URL, body: '{\n  "event": {\n    "title": "x",\n  }\n' });
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.code).toBe('invalid_body');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0].line).toBeGreaterThan(1);
  });

  it('answers 422 with the validation errors when Rokt would reject the body', async () => {
    const { app, send } = testApp(testConfig());
    const body = JSON.parse(validCreateBody());
    delete body.event.title;
    const res = await send({ url: CREATE_URL, body: JSON.stringify(body) });
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.message).toMatch(/^Rokt would reject this body: /);
    expect(error.issues.some((i: { path: string }) => i.path.includes('title'))).toBe(true);
    expect((await (await app.request('/api/sandbox/events')).json()).events).toEqual([]);
  });

  describe('same origin only', () => {
    it.each([
      [{ Origin: 'https://evil.example.com' }, 403],
      [{ Origin: 'null' }, 403],
      [{ 'Sec-Fetch-Site': 'cross-site' }, 403],
      [{ 'Sec-Fetch-Site': 'same-site', Origin: 'http://localhost' }, 403],
      [{ Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' }, 200],
      [{ 'Sec-Fetch-Site': 'none' }, 200],
      [{}, 200],
    ])('with %o answers %i', async (headers, status) => {
      const { send } = testApp(testConfig());
      const res = await send({ url: CREATE_URL, body: validCreateBody() }, headers);
      expect(res.status).toBe(status);
      if (status === 403) expect((await res.json()).error.code).toBe('cross_origin');
    });

    it('accepts an origin listed in ALLOWED_ORIGINS', async () => {
      const { send } = testApp(testConfig({ ALLOWED_ORIGINS: 'https://composer.example.com' }));
      const headers = { Origin: 'https://composer.example.com', 'Sec-Fetch-Site': 'cross-site' };
      expect((await send({ url: CREATE_URL, body: validCreateBody() }, headers)).status).toBe(200);
    });

    it('never adds CORS headers, even to a preflight', async () => {
      const { app, send } = testApp(testConfig());
      const preflight = await app.request('/api/test-send', {
        method: 'OPTIONS',
        headers: { Origin: 'https://evil.example.com', 'Access-Control-Request-Method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      const res = await send({ url: CREATE_URL, body: validCreateBody() });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    });
  });

  it('limits each client to the configured sends a minute with 429 and Retry-After', async () => {
    const clock = fakeClock();
    const { send } = testApp(testConfig({ RATE_LIMIT_PER_MINUTE: '3' }), { clock });
    const payload = { url: CREATE_URL, body: validCreateBody() };
    for (let i = 0; i < 3; i++) expect((await send(payload)).status).toBe(200);
    clock.advance(20_000);
    const limited = await send(payload);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('40');
    expect((await limited.json()).error.message).toContain('Wait 40 seconds');
    clock.advance(40_000);
    expect((await send(payload)).status).toBe(200);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const { app } = testApp(testConfig());
    const res = await app.request('/api/nope');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('writes one JSON log line per request without the secret or any token', async () => {
    const { app, lines, send } = testApp(testConfig());
    const res1 = await send({ url: CREATE_URL, body: validCreateBody() });
    const res2 = await send({ url: 'https://evil.example.com/', body: '{}' });
    const res3 = await app.request('/api/health');
    const bodies = [await res1.text(), await res2.text(), await res3.text()];
    expect(lines).toHaveLength(3);
    const entries = lines.map((line) => JSON.parse(line));
    expect(entries[0]).toMatchObject({
      method: 'POST',
      path: '/api/test-send',
      status: 200,
      upstreamStatus: 202,
      tokenCached: false,
    });
    expect(typeof entries[0].durationMs).toBe('number');
    expect(entries[1]).toMatchObject({ status: 400, errorCode: 'url_not_allowed' });
    expect(entries[2]).toMatchObject({ method: 'GET', path: '/api/health', status: 200 });

    const tokenRes = await app.request('/api/sandbox/rokt/oauth2/token', {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(`${SANDBOX_CLIENT.id}:${SANDBOX_CLIENT.secret}`).toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    });
    const aToken = (await tokenRes.json()).access_token as string;
    const everything = [...lines, ...bodies].join('\n');
    expect(everything).not.toContain(SANDBOX_CLIENT.secret);
    expect(everything).not.toContain('sbx_');
    expect(lines.join('\n')).not.toContain(aToken);
  });
});
