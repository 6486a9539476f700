/**
 * The preview renders in a Web Worker from Vite's browser build, where liquidjs resolves to its
 * browser bundle (whose own hmac/sha filters are asynchronous). This builds the renderer the way the
 * worker gets it, runs the shared filter table through that bundle in Node, and compares it with
 * the Node build: every filter must be synchronous and identical in both.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { renderBraze } from '../render-braze';
import { NO_ROKT_USER } from '../../../testing/liquid-fixtures';
import { FILTER_CASES } from './filter-cases';

type Render = typeof renderBraze;
const NOW = new Date('2024-03-10T12:00:00Z');
const outDir = mkdtempSync(join(tmpdir(), 'rcc-liquid-browser-'));
let browserRender: Render;
let bundleText = '';

beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      lib: { entry: join(import.meta.dirname, '..', 'index.ts'), formats: ['es'], fileName: 'liquid' },
    },
  });
  const file = readdirSync(outDir).find((f) => f.endsWith('.js'))!;
  bundleText = readFileSync(join(outDir, file), 'utf8');
  const mod = (await import(pathToFileURL(join(outDir, file)).href)) as { renderBraze: Render };
  browserRender = mod.renderBraze;
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the browser build of the renderer', () => {
  it('bundles liquidjs for the browser, as the worker does', () => {
    expect(bundleText).not.toMatch(/from ['"](node:)?(fs|path|crypto|stream)['"]/);
  });

  it.each(FILTER_CASES)('%s renders the same as in Node', async (source, expected) => {
    const inNode = await renderBraze(source, NO_ROKT_USER, { now: NOW });
    const inBrowserBuild = await browserRender(source, NO_ROKT_USER, { now: NOW });
    expect(inBrowserBuild).toEqual(inNode);
    expect(inBrowserBuild).toEqual({ ok: true, output: expected });
  });
});
