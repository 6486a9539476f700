import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompressDir } from '../scripts/precompress';
import { testApp, testConfig } from '../src/testing/server';
import { acceptedEncodings, IMMUTABLE } from './static-site';

describe('static web app', () => {
  const dir = mkdtempSync(join(tmpdir(), 'composer-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Composer</title>');
  const script = `console.log(${JSON.stringify('the app '.repeat(2000))});`;
  writeFileSync(join(dir, 'assets', 'app-Ab12Cd34.js'), script);
  writeFileSync(join(dir, 'timezones.json'), JSON.stringify({ zones: 'x'.repeat(5000) }));
  expect(precompressDir(dir)).toBe(2);
  const { app } = testApp(testConfig({}, { staticDir: dir }));
  const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

  it.each([
    ['/', 200, 'text/html', 'Composer', 'no-cache'],
    ['/assets/app-Ab12Cd34.js', 200, 'javascript', 'console.log', IMMUTABLE],
    ['/timezones.json', 200, 'application/json', 'zones', 'no-cache'],
    ['/drafts/42', 200, 'text/html', 'Composer', 'no-cache'],
    ['/assets/missing-x1.js', 404, 'text/plain', 'Not found', 'no-cache'],
    ['/favicon.ico', 404, 'text/plain', 'Not found', 'no-cache'],
    ['/api/unknown', 404, 'application/json', 'not_found', 'no-store'],
    ['/api/health', 200, 'application/json', 'sandbox', 'no-store'],
  ])('GET %s answers %i %s', async (path, status, type, text, cache) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain(type);
    expect(res.headers.get('cache-control')).toBe(cache);
    expect(await res.text()).toContain(text);
  });

  it.each([
    ['br, gzip, deflate', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync],
    ['br;q=0, gzip', 'gzip', gunzipSync],
  ])('serves the precompressed copy for Accept-Encoding %s', async (accept, encoding, inflate) => {
    const res = await get('/assets/app-Ab12Cd34.js', { 'Accept-Encoding': accept });
    expect(res.headers.get('content-encoding')).toBe(encoding);
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.length).toBeLessThan(script.length / 10);
    expect(inflate(bytes).toString()).toBe(script);
  });

  it('serves the plain file without Accept-Encoding, and 304 for a matching ETag', async () => {
    const plain = await get('/assets/app-Ab12Cd34.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
    const etag = plain.headers.get('etag') as string;
    expect(etag).toMatch(/^"[\w-]{22}"$/);
    const again = await get('/index.html', {
      'If-None-Match': (await get('/')).headers.get('etag') as string,
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('sends a strict CSP, a Permissions-Policy and no framing on the page and the API', async () => {
    for (const path of ['/', '/api/health']) {
      const res = await get(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(res.headers.get('permissions-policy')).toContain('camera=()');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('logs CSP violation reports (and appends them to CSP_REPORT_FILE) without their query strings', async () => {
    const file = join(dir, 'csp.jsonl');
    const { app: reporting, lines } = testApp(testConfig({ CSP_REPORT_FILE: file }, { staticDir: dir }));
    const res = await reporting.request('/api/csp-report', {
      method: 'POST',
      headers: { 'Content-Type': 'application/csp-report' },
      body: JSON.stringify({
        'csp-report': {
          'document-uri': 'http://127.0.0.1:8787/?draft=secret',
          'effective-directive': 'script-src-elem',
          'blocked-uri': 'inline',
        },
      }),
    });
    expect(res.status).toBe(204);
    const expected = { msg: 'csp_violation', directive: 'script-src-elem', blocked: 'inline', page: '/' };
    expect(JSON.parse(lines.find((l) => l.includes('csp_violation')) as string)).toMatchObject(expected);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject(expected);
  });
});

describe('acceptedEncodings', () => {
  it.each([
    [undefined, { br: false, gzip: false }],
    ['gzip, deflate, br, zstd', { br: true, gzip: true }],
    ['gzip;q=0.5', { br: false, gzip: true }],
    ['br;q=0, gzip;q=0', { br: false, gzip: false }],
    ['*', { br: true, gzip: true }],
  ])('reads %j', (header, accepted) => {
    expect(acceptedEncodings(header)).toEqual(accepted);
  });
});
