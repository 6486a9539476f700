import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  first_paint_js_gzip_kb: number;
  /** The same in bytes: the budget is checked on these (one decimal of KB would hide up to 51 bytes). */
  first_paint_js_gzip_bytes: number;
  first_paint_css_gzip_kb: number;
  total_js_gzip_kb: number;
  /** Each language's compiled catalog parts (gzip KB); the English shell is part of the first paint. */
  catalogs_gzip_kb: Record<string, number>;
  /** Every emitted JS file with its gzip size, largest first, for diagnosis. */
  files: { file: string; gzip_kb: number; first_paint: boolean }[];
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/**
 * The assets index.html loads before first paint: its module scripts, module preloads and stylesheets. Links
 * written inert (`data-later`, `media="not all"`) are not: the page turns them on once these have arrived.
 */
export function firstPaintAssets(indexHtml: string): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const tag of indexHtml.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const src = /\s(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!src || /^https?:/.test(src) || /\sdata-later\b/.test(tag)) continue;
    if (tag.startsWith('<script') || /rel="modulepreload"/.test(tag)) js.add(src.replace(/^\//, ''));
    else if (/rel="stylesheet"/.test(tag)) css.add(src.replace(/^\//, ''));
  }
  return { js: [...js], css: [...css] };
}

/** The catalog the app awaits before its first render for a browser in English. */
export const FIRST_PAINT_CATALOG = 'en-shell';

/** `assets/catalog-es-shell-abc.js` -> `es-shell` (the build names each language's catalog chunks so). */
export const catalogOf = (file: string) => /(?:^|\/)catalog-([a-z]+-[a-z]+)-[^/]*\.js$/.exec(file)?.[1];

/**
 * Measures the gzipped size of a Vite build folder: what the first paint needs (index.html's scripts and
 * preloads plus the default language's shell catalog, which the app loads before rendering), and all JS.
 */
export function measureBundle(distDir: string): BundleSizes {
  const first = firstPaintAssets(readFileSync(join(distDir, 'index.html'), 'utf8'));
  const assetsDir = join(distDir, 'assets');
  const jsFiles = readdirSync(assetsDir).filter((f) => f.endsWith('.js'));
  for (const f of jsFiles) if (catalogOf(f) === FIRST_PAINT_CATALOG) first.js.push(`assets/${f}`);
  const files = jsFiles
    .map((f) => {
      const rel = `assets/${f}`;
      return { file: rel, gzip_kb: kb(gzipSize(join(assetsDir, f))), first_paint: first.js.includes(rel) };
    })
    .sort((a, b) => b.gzip_kb - a.gzip_kb);
  const bytes = (paths: string[]) => paths.reduce((total, p) => total + gzipSize(join(distDir, p)), 0);
  const sum = (paths: string[]) => kb(bytes(paths));
  const firstPaintJsBytes = bytes(first.js);
  return {
    first_paint_js_gzip_kb: kb(firstPaintJsBytes),
    first_paint_js_gzip_bytes: firstPaintJsBytes,
    first_paint_css_gzip_kb: sum(first.css),
    total_js_gzip_kb: sum(jsFiles.map((f) => `assets/${f}`)),
    catalogs_gzip_kb: Object.fromEntries(
      files.flatMap((f) => {
        const catalog = catalogOf(f.file);
        return catalog ? [[catalog, f.gzip_kb]] : [];
      }),
    ),
    files,
  };
}

/** The budget the first paint must stay within (issue: performance). */
export const FIRST_PAINT_JS_BUDGET_KB = 120;
/** The same budget in bytes (1 KB = 1,024 bytes). */
export const FIRST_PAINT_JS_BUDGET_BYTES = FIRST_PAINT_JS_BUDGET_KB * 1024;
