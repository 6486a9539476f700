import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApp, testConfig } from '../src/testing/server';

describe('static web app', () => {
  const dir = mkdtempSync(join(tmpdir(), 'composer-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Composer</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  const { app } = testApp(testConfig({}, { staticDir: dir }));

  it.each([
    ['/', 200, 'text/html', 'Composer'],
    ['/assets/app.js', 200, 'javascript', 'console.log'],
    ['/drafts/42', 200, 'text/html', 'Composer'],
    ['/api/unknown', 404, 'application/json', 'not_found'],
    ['/api/health', 200, 'application/json', 'sandbox'],
  ])('GET %s answers %i %s', async (path, status, type, text) => {
    const res = await app.request(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain(type);
    expect(await res.text()).toContain(text);
  });
});
