import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_URL, testApp, testConfig, validCreateBody } from '../src/testing/server';

/** A Rokt look-alike on 127.0.0.1: token endpoint plus event endpoints whose behaviour depends on the account code. */
function startFakeRokt(): Promise<{
  server: Server;
  base: string;
  counts: { token: number; events: number; flaky: number };
}> {
  const counts = { token: 0, events: 0, flaky: 0 };
  let issued = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.url === '/oauth2/token') {
        counts.token += 1;
        issued += 1;
        const ok =
          req.headers.authorization === `Basic ${Buffer.from('it-client:it-secret-9f8e').toString('base64')}`;
        // Answer a little later so that concurrent sends really overlap with the in-flight token request.
        setTimeout(
          () => (ok ? json(200, { access_token: `it-token-${issued}`, expires_in: 300 }) : json(401, {})),
          20,
        );
        return;
      }
      counts.events += 1;
      const account = /^\/v1\/subscriptionevent\/([^/]+)/.exec(req.url ?? '')?.[1];
      if (!req.headers.authorization?.startsWith('Bearer it-token-'))
        return json(401, { message: 'no token' });
      if (account === 'slow') return void setTimeout(() => json(202, {}), 2_000);
      if (account === 'broken') return json(503, { message: 'Service Unavailable' });
      if (account === 'flaky' && counts.flaky++ === 0) return json(401, { message: 'Token expired' });
      json(202, { accepted: JSON.parse(body).event.eventId });
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, counts });
    }),
  );
}

async function closedPortBase(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('proxy in live mode against a fake Rokt over HTTP', () => {
  let fake: Awaited<ReturnType<typeof startFakeRokt>>;
  const live = (env: Record<string, string> = {}) =>
    testApp(
      testConfig({
        ROKT_CLIENT_ID: 'it-client',
        ROKT_CLIENT_SECRET: 'it-secret-9f8e',
        ROKT_API_BASE: fake.base,
        ROKT_TIMEOUT_MS: '2000',
        RATE_LIMIT_PER_MINUTE: '1000',
        ...env,
      }),
    );
  const urlFor = (account: string) => CREATE_URL.replace('brazetest', account);

  beforeAll(async () => {
    fake = await startFakeRokt();
  });
  afterAll(async () => {
    fake.server.closeAllConnections();
    await new Promise((resolve) => fake.server.close(resolve));
  });

  it('answers 504 when Rokt is slower than the configured timeout', async () => {
    const { send } = live({ ROKT_TIMEOUT_MS: '300' });
    const res = await send({ url: urlFor('slow'), body: validCreateBody() });
    expect(res.status).toBe(504);
    expect((await res.json()).error.code).toBe('upstream_timeout');
  });

  it('answers 502 when the connection is refused', async () => {
    const { send } = live({ ROKT_API_BASE: await closedPortBase() });
    const res = await send({ url: CREATE_URL, body: validCreateBody() });
    expect(res.status).toBe(502);
    expect((await res.json()).error).toMatchObject({
      code: 'upstream_unreachable',
      message: expect.stringMatching(/could not be reached/),
    });
  });

  it('refreshes the token once and retries once after a 401', async () => {
    const { send } = live();
    const before = fake.counts.token;
    const res = await send({ url: urlFor('flaky'), body: validCreateBody('flaky-1') });
    expect(await res.json()).toMatchObject({
      upstream: { status: 202, body: '{"accepted":"flaky-1"}' },
      token: { cached: false },
    });
    expect(fake.counts.token - before).toBe(2);
  });

  it('reports a 5xx from Rokt inside upstream, with a 200 from the proxy', async () => {
    const { send } = live();
    const res = await send({ url: urlFor('broken'), body: validCreateBody() });
    expect(res.status).toBe(200);
    expect((await res.json()).upstream).toMatchObject({
      status: 503,
      body: '{"message":"Service Unavailable"}',
    });
  });

  it('shares one token request between 50 concurrent sends', async () => {
    const { send, lines } = live();
    const before = fake.counts.token;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        send({ url: CREATE_URL, body: validCreateBody(`c-${i}`) }).then((r) => r.json()),
      ),
    );
    expect(fake.counts.token - before).toBe(1);
    expect(answers.every((a) => a.upstream.status === 202)).toBe(true);
    expect(new Set(answers.map((a) => a.upstream.body)).size).toBe(50);
    expect(lines).toHaveLength(50);
    expect(lines.join('\n')).not.toMatch(/it-token-|it-secret/);
  });
});
