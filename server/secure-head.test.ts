import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { createHttpServer, secureHead } from './http-server';
import { SECURITY_HEADER_NAMES } from './security-headers';
import { testConfig } from '../src/testing/server';

// The Node server writes the security headers into each head itself (the app then skips its middleware):
// every answer must carry exactly what the app's own middleware gives it.
const dir = mkdtempSync(join(tmpdir(), 'composer-secure-'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Composer</title>');
const config = testConfig({}, { staticDir: dir });
const reference = createApp(config, { logger: () => undefined });
let server: Server;
let base: string;

beforeAll(async () => {
  const app = createApp(config, { logger: () => undefined, headersWrittenByServer: true });
  server = createHttpServer(app.fetch);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The security headers and Cache-Control of an answer, by lower-case name. */
const securityOf = (headers: Headers) =>
  Object.fromEntries(
    [...SECURITY_HEADER_NAMES, 'cache-control'].map((name) => [name, headers.get(name)] as const),
  );

describe('security headers written by the Node server', () => {
  it.each([
    ['GET', '/api/health'],
    ['GET', '/api/unknown'],
    ['GET', '/'],
    ['GET', '/favicon.ico'],
    ['POST', '/api/test-send'],
  ])('%s %s carries exactly what the app middleware would add', async (method, path) => {
    const init = {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'POST' ? '{' : undefined,
    };
    const expected = await reference.request(path, {
      ...init,
      headers: { ...init.headers, host: new URL(base).host },
    });
    const actual = await fetch(base + path, init);
    expect(actual.status).toBe(expected.status);
    const want = securityOf(expected.headers);
    expect(want['content-security-policy']).toContain("default-src 'self'");
    expect(securityOf(actual.headers)).toEqual(want);
  });

  it('replaces an answer’s own value of a security header or, on the API, of Cache-Control, whatever its case', () => {
    const head = secureHead(
      { 'x-frame-options': 'SAMEORIGIN', 'cache-control': 'max-age=60', 'X-Mine': '1' },
      '/api/x',
    );
    expect(head).toMatchObject({ 'X-Frame-Options': 'DENY', 'Cache-Control': 'no-store', 'X-Mine': '1' });
    expect(head).not.toHaveProperty('x-frame-options');
    expect(head).not.toHaveProperty('cache-control');
    expect(secureHead({ 'Cache-Control': 'no-cache' }, '/index.html')['Cache-Control']).toBe('no-cache');
  });
});
