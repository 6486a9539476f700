import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Context, Hono } from 'hono';
import type { AppEnv } from './app-env';

/** One built file held in memory with its precompressed copies. */
interface StaticFile {
  body: Buffer;
  br: Buffer | null;
  gz: Buffer | null;
  type: string;
  etag: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Hashed, never-changing build output: cached for a year. Everything else is revalidated (ETag). */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Reads the build folder into memory (a few MB): URL path → file with its .br/.gz copies. */
function loadSite(dir: string): Map<string, StaticFile> | null {
  if (!existsSync(join(dir, 'index.html'))) return null;
  const site = new Map<string, StaticFile>();
  for (const path of walk(dir)) {
    if (path.endsWith('.br') || path.endsWith('.gz')) continue;
    const body = readFileSync(path);
    const variant = (suffix: string) => (existsSync(path + suffix) ? readFileSync(path + suffix) : null);
    site.set(`/${relative(dir, path).split(sep).join('/')}`, {
      body,
      br: variant('.br'),
      gz: variant('.gz'),
      type: TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
    });
  }
  return site;
}

/** Which encodings the client accepts (a `q=0` entry refuses one). */
export function acceptedEncodings(header: string | undefined): { br: boolean; gzip: boolean } {
  const accepted = { br: false, gzip: false };
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    const ok = q === undefined || Number(q) > 0;
    if (name === 'br' || name === '*') accepted.br ||= ok;
    if (name === 'gzip' || name === '*') accepted.gzip ||= ok;
  }
  return accepted;
}

function send(c: Context<AppEnv>, file: StaticFile, cacheControl: string): Response {
  const headers: Record<string, string> = {
    'Content-Type': file.type,
    'Cache-Control': cacheControl,
    ETag: file.etag,
  };
  if (file.br || file.gz) headers.Vary = 'Accept-Encoding';
  if (c.req.header('if-none-match') === file.etag) return c.body(null, 304, headers);
  const accepts = acceptedEncodings(c.req.header('accept-encoding'));
  let body = file.body;
  if (accepts.br && file.br) {
    body = file.br;
    headers['Content-Encoding'] = 'br';
  } else if (accepts.gzip && file.gz) {
    body = file.gz;
    headers['Content-Encoding'] = 'gzip';
  }
  if (c.req.method === 'HEAD') return c.body(null, 200, headers);
  // A view on the file's memory, not a copy (readFileSync never returns a SharedArrayBuffer).
  return c.body(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length), 200, headers);
}

/**
 * Serves the built web app from `dir` (read once into memory, re-read while it is not built yet): precompressed
 * brotli or gzip by Accept-Encoding, `immutable` caching for hashed files under /assets/, `no-cache` (with an
 * ETag) for index.html and the rest, 404 for a missing file, and index.html for any other path (client routes).
 */
export function mountStaticSite(app: Hono<AppEnv>, dir: string): void {
  let site: Map<string, StaticFile> | null = null;
  app.on(['GET', 'HEAD'], '*', (c) => {
    site ??= loadSite(dir);
    if (!site) {
      return c.text('The web app is not built yet: run `npm run build` (or `npm start`).', 503, {
        'Cache-Control': 'no-store',
      });
    }
    const path = c.req.path === '/' ? '/index.html' : c.req.path;
    const file = site.get(path);
    if (file) return send(c, file, path.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
    const last = path.slice(path.lastIndexOf('/') + 1);
    if (path.startsWith('/assets/') || last.includes('.')) {
      return c.text('Not found.', 404, { 'Cache-Control': 'no-cache' });
    }
    return send(c, site.get('/index.html') as StaticFile, 'no-cache');
  });
}
