import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';
import { CREATE_URL, testApp, testConfig, validCreateBody } from '../src/testing/server';
import type { Upstream } from './upstream/upstream';

describe('Host allow-list (DNS rebinding)', () => {
  const config = testConfig({ HOST: '127.0.0.1', ALLOWED_ORIGINS: 'https://composer.example.com' });
  const get = (path: string, host: string) =>
    testApp(config).app.request(`http://x${path}`, { headers: { Host: host } });

  it.each([
    ['rebind.test:8787', '/api/sandbox/events'],
    ['rebind.test:8787', '/api/health'],
    ['rebind.test', '/'],
    ['127.0.0.1.rebind.test:8787', '/api/health'],
    ['composer.example.com:8443', '/api/health'],
    ['', '/api/health'],
  ])('answers 421 for Host %j on %s', async (host, path) => {
    const res = await get(path, host);
    expect(res.status).toBe(421);
    expect((await res.json()).error.code).toBe('unknown_host');
  });

  it.each(['127.0.0.1:8787', 'localhost:8787', 'LOCALHOST', '[::1]:9000', 'composer.example.com'])(
    'answers for Host %s',
    async (host) => {
      expect((await get('/api/health', host)).status).toBe(200);
    },
  );

  it('refuses a rebinding page’s test send before anything is sent', async () => {
    const { app, lines } = testApp(config);
    const res = await app.request('http://rebind.test:8787/api/test-send', {
      method: 'POST',
      headers: { Host: 'rebind.test:8787', 'Content-Type': 'application/json' },
      body: JSON.stringify({ url: CREATE_URL, body: validCreateBody() }),
    });
    expect(res.status).toBe(421);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ status: 421, errorCode: 'unknown_host' });
  });
});

describe('internal errors', () => {
  it('logs the error without secrets and answers 500 with the same request id', async () => {
    const secret = 'boom-secret-5e21';
    const broken: Upstream = () => Promise.reject(new Error(`bug while holding ${secret}`));
    const { send, lines } = testApp(testConfig({ ROKT_CLIENT_ID: 'id', ROKT_CLIENT_SECRET: secret }), {
      upstream: broken,
    });
    const res = await send({ url: CREATE_URL, body: validCreateBody() });
    expect(res.status).toBe(500);
    const { error } = await res.json();
    expect(error.code).toBe('internal');
    expect(error.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-z]+$/);
    expect(error.message).toContain(error.requestId);
    expect(res.headers.get('x-request-id')).toBe(error.requestId);
    const logged = lines.map((line) => JSON.parse(line));
    expect(logged.find((l) => l.level === 'error')).toMatchObject({
      requestId: error.requestId,
      error: 'Error',
      message: 'bug while holding [redacted]',
    });
    expect(logged.find((l) => l.status === 500)?.requestId).toBe(error.requestId);
    expect(lines.join('\n')).not.toContain(secret);
  });
});

describe('configuration errors', () => {
  it.each(['ROKT_API_BASE', 'ROKT_TOKEN_URL'])('never echo the user info of %s', (name) => {
    let message = '';
    try {
      parseConfig({ [name]: 'https://client:S3cr3t@auth.example.com/token?x=1' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain(name);
    expect(message).toContain('***@auth.example.com');
    expect(message).not.toMatch(/S3cr3t|client:/);
  });

  it.each([
    [{}, 0],
    [{ TRUST_PROXY: '1' }, 1],
    [{ TRUST_PROXY: 'true' }, 1],
  ])('reads TRUST_PROXY from %o', (env, hops) => {
    expect(parseConfig(env).trustProxy).toBe(hops);
  });
});

describe('rate limit key', () => {
  it('uses the address the trusted proxy saw with TRUST_PROXY=1, the socket otherwise', async () => {
    const send = (app: ReturnType<typeof testApp>, forwardedFor: string) =>
      app.send({ url: CREATE_URL, body: validCreateBody() }, { 'X-Forwarded-For': forwardedFor });
    const behind = testApp(testConfig({ RATE_LIMIT_PER_MINUTE: '1', TRUST_PROXY: '1' }));
    expect((await send(behind, '203.0.113.7')).status).toBe(200);
    expect((await send(behind, '203.0.113.8')).status).toBe(200);
    // A client cannot escape by putting its own entries in front of the proxy's.
    expect((await send(behind, '1.1.1.1, 203.0.113.8')).status).toBe(429);

    const direct = testApp(testConfig({ RATE_LIMIT_PER_MINUTE: '1' }));
    expect((await send(direct, '203.0.113.7')).status).toBe(200);
    expect((await send(direct, '203.0.113.8')).status).toBe(429);
  });
});
