import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodedForms, gzipBomb, startHostileRokt } from './hostile-rokt';
import { CREATE_URL, testApp, testConfig, validCreateBody } from '../src/testing/server';

/**
 * The proxy in live mode against a Rokt stand-in on 127.0.0.1 that misbehaves on command. Each test states the
 * bound it holds: time (deadline + 400 ms), memory (RSS growth), or what must never be followed or echoed.
 */
const SECRET = 'hostile-secret-77c1';
const MB = 1024 * 1024;
/** Time a busy machine may add to a deadline: still short of what any timeout per step would take. */
const SLACK_MS = 400;

let rokt: Awaited<ReturnType<typeof startHostileRokt>>;
beforeAll(async () => {
  rokt = await startHostileRokt({ gzipBomb: await gzipBomb(100), maxMs: 15_000 });
  // Warm up validation and the HTTP client once, so that timings measure the deadline, not module loading.
  await live().send(to('accept'));
});
afterAll(async () => {
  await rokt.close();
});

const live = (timeoutMs = 2000) =>
  testApp(
    testConfig({
      ROKT_CLIENT_ID: 'hostile-client',
      ROKT_CLIENT_SECRET: SECRET,
      ROKT_API_BASE: rokt.base,
      ROKT_TIMEOUT_MS: String(timeoutMs),
      RATE_LIMIT_PER_MINUTE: '10000',
    }),
  );
const to = (account: string) => ({ url: CREATE_URL.replace('brazetest', account), body: validCreateBody() });

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

/** Polls (at most `ms`) until `check` holds. */
async function eventually(check: () => boolean, ms = 1000): Promise<boolean> {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return check();
}

describe('one end-to-end deadline per send (ROKT_TIMEOUT_MS)', () => {
  it.each([
    // A timeout per step instead of one per send would take at least 15 s, for ever, and 700 + 1,000 ms.
    ['headers never come', 'silent', false, 500],
    ['the body drips for ever', 'drip', true, 500],
    ['the headers come late and the body drips', 'drip-700', true, 1000],
  ])(
    'answers 504 within deadline + 400 ms when %s, and drops the connection',
    async (_name, account, started, deadlineMs) => {
      rokt.setToken({ kind: 'ok', expiresIn: 300 });
      const { send } = live(deadlineMs);
      const before = rokt.stats.closedAt.length;
      const { value: res, ms } = await timed(() => send(to(account)));
      expect(res.status).toBe(504);
      const { error } = await res.json();
      expect(error.code).toBe('upstream_timeout');
      expect(error.message).toContain(started ? 'started answering but did not finish' : 'did not answer');
      expect(error.message).toContain(`at most ${deadlineMs === 500 ? '500 ms' : '1 s'} in all`);
      expect(ms).toBeLessThanOrEqual(deadlineMs + SLACK_MS);
      // The stand-in sees its connection closed: nothing keeps reading after the 504.
      expect(await eventually(() => rokt.stats.closedAt.length > before, 200)).toBe(true);
    },
  );

  it('counts the token request, the 401 and the retry against the same deadline', async () => {
    rokt.setToken({ kind: 'ok', expiresIn: 300, delayMs: 400 });
    const { send } = live(500);
    // Token (400 ms) + 401 after 400 ms + fresh token (400 ms) would be 1,200 ms before the retry even starts.
    const { value: res, ms } = await timed(() => send(to('expire-400')));
    expect(res.status).toBe(504);
    expect(ms).toBeLessThanOrEqual(500 + SLACK_MS);
    rokt.setToken({ kind: 'ok', expiresIn: 300 });
  });
});

describe('byte caps on every upstream read', () => {
  it('cuts a never-ending body at 256 KB and closes the connection; RSS grows by less than 40 MB', async () => {
    rokt.setToken({ kind: 'ok', expiresIn: 300 });
    const { send } = live(5000);
    const before = process.memoryUsage().rss;
    const { value: res, ms } = await timed(() => send(to('endless')));
    expect(res.status).toBe(200);
    const { upstream } = await res.json();
    expect(upstream.body.length).toBeLessThan(256 * 1024 + 100);
    expect(upstream.body).toMatch(/… \(cut at 256 KB\)$/);
    expect(ms).toBeLessThan(2000);
    // Give a reader that kept going the time to show itself, then measure.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(rokt.stats.open).toBe(0);
    expect((process.memoryUsage().rss - before) / MB).toBeLessThan(40);
  });

  it('decompresses at most the cap of a gzip bomb sent despite identity (6 at once: RSS under +64 MB)', async () => {
    const { send } = live(5000);
    const before = process.memoryUsage().rss;
    const answers = await Promise.all(Array.from({ length: 6 }, () => send(to('gzipbomb'))));
    const after = process.memoryUsage().rss;
    for (const res of answers) {
      expect(res.status).toBe(200);
      const { upstream } = await res.json();
      expect(upstream.headers['content-encoding']).toBeUndefined();
      expect(upstream.body).toMatch(/cut at 256 KB/);
    }
    // Unbounded, six 100 MB bombs would need 600 MB.
    expect((after - before) / MB).toBeLessThan(64);
  });
});

describe('no redirects on any upstream call', () => {
  it.each([302, 307] as const)(
    'answers 502 to a %i from the token endpoint and never follows it',
    async (status) => {
      rokt.setToken({ kind: 'redirect', status, location: `${rokt.base}/v1/subscriptionevent/stolen` });
      const { send } = live();
      const events = rokt.stats.events;
      const res = await send(to('accept'));
      expect(res.status).toBe(502);
      const { error } = await res.json();
      expect(error).toMatchObject({
        code: 'upstream_redirect',
        message: expect.stringContaining(`(${status})`),
      });
      expect(error.message).not.toContain('stolen');
      expect(rokt.stats.events).toBe(events);
      rokt.setToken({ kind: 'ok', expiresIn: 300 });
    },
  );

  it.each(['redirect302', 'redirect307'])('answers 502 to %s from the event endpoint', async (account) => {
    const { send } = live();
    const res = await send(to(account));
    expect(res.status).toBe(502);
    expect((await res.json()).error.code).toBe('upstream_redirect');
  });
});

describe('redaction of every form of a secret or token', () => {
  it('removes the token in raw, upper-case, base64, base64url, URL-encoded and JSON-escaped forms from the answer and the log', async () => {
    rokt.setToken({ kind: 'ok', expiresIn: 300 });
    const { send, lines } = live();
    const res = await send(to('echo'));
    const text = await res.text();
    const { upstream } = JSON.parse(text);
    const token = rokt.lastToken();
    const shown = [text, upstream.body, JSON.stringify(upstream.headers), lines.join('\n')];
    for (const form of [...encodedForms(token), ...encodedForms(SECRET)]) {
      for (const where of shown) expect(where.toLowerCase()).not.toContain(form.toLowerCase());
    }
    expect(upstream.body).toContain('[redacted]');
  });

  it.each(['straddle', 'straddleWide'])(
    'redacts before the cut: no prefix of a token at the 256 KB boundary (%s)',
    async (account) => {
      const { send } = live();
      const { upstream } = await (await send(to(account))).json();
      expect(upstream.body).toMatch(/cut at 256 KB/);
      expect(upstream.body).not.toContain('hostile+tok');
      expect(upstream.body).not.toContain('hostile+');
    },
  );
});

describe('token cache', () => {
  it('caches a token answered without expires_in for the documented 5 minutes', async () => {
    rokt.setToken({ kind: 'ok' });
    const { send } = live();
    const before = rokt.stats.token;
    for (let i = 0; i < 10; i++) expect((await send(to('accept'))).status).toBe(200);
    expect(rokt.stats.token - before).toBe(1);
    rokt.setToken({ kind: 'ok', expiresIn: 300 });
  });
});
