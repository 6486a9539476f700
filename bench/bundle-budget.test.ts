import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { COMPILE_HINT } from '../scripts/compile-hints';
import {
  FIRST_PAINT_JS_BUDGET_BYTES,
  FIRST_PAINT_JS_BUDGET_KB,
  FIRST_PAINT_CATALOG,
  catalogOf,
  firstPaintAssets,
  measureBundle,
  type BundleSizes,
} from './bundle-size';

describe('firstPaintAssets', () => {
  it.each([
    [
      '<script type="module" crossorigin src="/assets/index-a.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor-b.js"><link rel="stylesheet" crossorigin href="/assets/index-c.css">',
      { js: ['assets/index-a.js', 'assets/vendor-b.js'], css: ['assets/index-c.css'] },
    ],
    ['<link rel="icon" href="/favicon.svg">', { js: [], css: [] }],
    [
      '<script type="module" crossorigin src="/assets/index-a.js"></script><link rel="modulepreload" href="/assets/picker-d.js" crossorigin media="not all" data-later>',
      { js: ['assets/index-a.js'], css: [] },
    ],
  ])('reads %s', (html, expected) => {
    expect(firstPaintAssets(html)).toEqual(expected);
  });
});

describe('bundle budget', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'rcc-bundle-'));
  let sizes: BundleSizes;

  beforeAll(async () => {
    // Vitest runs with NODE_ENV=test, which would make Vite bundle React's development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    sizes = measureBundle(outDir);
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it(`keeps the JS of the first paint within ${FIRST_PAINT_JS_BUDGET_KB} KB gzip`, () => {
    const firstPaint = sizes.files.filter((f) => f.first_paint).map((f) => `${f.file} ${f.gzip_kb} KB`);
    // In bytes: 120.04 KB prints as 120.0 but is over.
    expect(
      sizes.first_paint_js_gzip_bytes,
      `first-paint files: ${firstPaint.join(', ')}`,
    ).toBeLessThanOrEqual(FIRST_PAINT_JS_BUDGET_BYTES);
    expect(sizes.first_paint_js_gzip_kb).toBeGreaterThan(0);
  });

  it('loads no catalog at first paint in English (its messages are in the code), each Spanish part in its own chunk', () => {
    expect(Object.keys(sizes.catalogs_gzip_kb).sort()).toEqual(['es-panels', 'es-shell']);
    const firstPaintCatalogs = sizes.files.filter((f) => f.first_paint && catalogOf(f.file));
    expect(firstPaintCatalogs.map((f) => catalogOf(f.file))).toEqual([]);
    // A default-language catalog, were one built, would count as first paint (measureBundle adds it).
    expect(FIRST_PAINT_CATALOG).toBe('en-shell');
  });

  it('has the scripts the page runs as it loads compiled whole while they download, and nothing else', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const preloaded = [...html.matchAll(/rel="modulepreload" href="\/([^"]+)"[^>]*data-later/g)].map(
      (m) => m[1],
    );
    const hinted = sizes.files
      .filter((f) => readFileSync(join(outDir, f.file), 'utf8').startsWith(COMPILE_HINT))
      .map((f) => f.file);
    const named = (name: string) => hinted.filter((f) => f.startsWith(`assets/${name}-`));
    // The first paint's files over 2 KB (the app and its libraries), the preloaded chunks, the preview worker.
    expect(
      sizes.files.filter((f) => f.first_paint && f.gzip_kb > 1).every((f) => hinted.includes(f.file)),
    ).toBe(true);
    expect(preloaded.length).toBeGreaterThan(0);
    expect(preloaded.every((f) => hinted.includes(f!))).toBe(true);
    expect(named('preview-worker')).toHaveLength(1);
    // Code loaded on demand later (a tab's, another worker's) is compiled as it runs.
    expect([...named('calendar'), ...named('audience-worker'), ...named('braze-setup')]).toEqual([]);
  });

  it('keeps the Liquid engine out of the first paint', () => {
    // liquidjs's own error message: in the bundle wherever the engine is, and only there.
    const marker = 'undefined filter';
    const holding = sizes.files.filter((f) => readFileSync(join(outDir, f.file), 'utf8').includes(marker));
    expect(holding.length).toBeGreaterThan(0);
    expect(holding.filter((f) => f.first_paint).map((f) => f.file)).toEqual([]);
  });

  it('preloads the picker and its list, and leaves the chunk drawn after the form to the first render, with no stylesheet to wait for', () => {
    // On a slow link the preloads share the bandwidth: the picker's chunk arrives sooner alone.
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const later = [...html.matchAll(/<link [^>]*href="\/([^"]+)"[^>]*data-later/g)].map((m) => m[1]);
    expect(later).toEqual(['timezones.json', expect.stringMatching(/^assets\/timezone-picker-[\w-]+\.js$/)]);
    expect(sizes.files.some((f) => f.file.startsWith('assets/after-paint-'))).toBe(true);
    // Its styles are the page's: a chunk's import() requests the code only once its stylesheet has loaded.
    expect(readdirSync(join(outDir, 'assets')).filter((f) => /^after-paint-.*\.css$/.test(f))).toEqual([]);
  });

  it('starts the preview worker from the entry, not with the preloads (it would share the link with the picker)', () => {
    const startLater = sizes.files.filter((f) => f.file.startsWith('assets/start-later-'));
    expect(startLater).toHaveLength(1);
    expect(readFileSync(join(outDir, startLater[0]!.file), 'utf8')).not.toContain('preview-worker');
    const starting = sizes.files.filter((f) =>
      readFileSync(join(outDir, f.file), 'utf8').includes('preview-worker'),
    );
    expect(starting.filter((f) => f.first_paint).map((f) => f.file)).toEqual([
      expect.stringMatching(/^assets\/index-[\w-]+\.js$/),
    ]);
  });

  it('keeps react-query out of the timezone picker chunk: the picker is usable without it', () => {
    // query-core's own error message: in the bundle wherever react-query is, and only there.
    const marker = 'Missing queryFn';
    const holding = sizes.files.filter((f) => readFileSync(join(outDir, f.file), 'utf8').includes(marker));
    expect(holding.map((f) => f.file)).toEqual([expect.stringMatching(/^assets\/test-send-/)]);
  });

  it('leaves the libraries only modal overlays use out of every chunk: the picker is a non-modal popover', () => {
    // react-remove-scroll's and aria-hidden's own attributes: in the bundle wherever those libraries are.
    const markers = ['data-scroll-locked', 'data-aria-hidden'];
    const holding = sizes.files.filter((f) => {
      const code = readFileSync(join(outDir, f.file), 'utf8');
      return markers.some((marker) => code.includes(marker));
    });
    expect(holding.map((f) => f.file)).toEqual([]);
  });

  it('keeps the calendar tab and its .ics library out of the first paint', () => {
    // The ics library's header line: in the bundle wherever the library is, and only there.
    const marker = 'X-PUBLISHED-TTL';
    const holding = sizes.files.filter((f) => readFileSync(join(outDir, f.file), 'utf8').includes(marker));
    expect(holding.length).toBeGreaterThan(0);
    expect(holding.filter((f) => f.first_paint).map((f) => f.file)).toEqual([]);
  });
});
