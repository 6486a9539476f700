import { resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** What the page needs right after its first paint, fetched in parallel with the main bundle. */
export interface PreloadOptions {
  /** Source files (ending) of lazily imported modules: their chunk and its imports are fetched, not run. */
  lazyModules: string[];
  /** Static files the app fetches() at start, e.g. `/timezones.json`. */
  fetches: string[];
  /**
   * Tiny scripts to run before the main bundle arrives (e.g. one that starts a worker): built as entries of
   * their own and put first in index.html. They may share modules with the app (one instance of each).
   */
  earlyScripts: string[];
}

interface BundleFile {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  imports?: string[];
}

function chunkFor(files: BundleFile[], source: string): BundleFile | undefined {
  return files.find((f) => f.type === 'chunk' && f.facadeModuleId?.replace(/\\/g, '/').endsWith(source));
}

function earlyChunks(files: BundleFile[], options: PreloadOptions): BundleFile[] {
  return options.earlyScripts.flatMap((source) => chunkFor(files, source) ?? []);
}

/** Puts a module script for each early chunk before the page's first module script (they run in that order). */
export function withEarlyScripts(html: string, early: BundleFile[]): string {
  const tags = early
    .map((f) => `<script type="module" crossorigin src="/${f.fileName}"></script>\n    `)
    .join('');
  const at = html.indexOf('<script type="module"');
  return at === -1 ? html : `${html.slice(0, at)}${tags}${html.slice(at)}`;
}

/**
 * The link tags for `options` in a built bundle. Chunks get `preload as=script` (fetched, not compiled, so
 * they do not count as first-paint JS or take main-thread time) and are reused by the later `import()`; the
 * fetches get `preload as=fetch`, matched by the app's own `fetch()`. (Workers cannot be preloaded without being
 * fetched twice on a slow link: neither `prefetch` nor `modulepreload` is reused by a `new Worker()` still in
 * flight, so the app starts its worker from a tiny first script instead.)
 */
export function preloadTags(
  bundle: Record<string, BundleFile>,
  entryFiles: Set<string>,
  options: PreloadOptions,
): HtmlTagDescriptor[] {
  const files = Object.values(bundle);
  const chunkOf = (source: string) => chunkFor(files, source);
  const chunks = new Set<string>();
  const visit = (fileName: string) => {
    if (chunks.has(fileName) || entryFiles.has(fileName)) return;
    chunks.add(fileName);
    for (const dep of bundle[fileName]?.imports ?? []) visit(dep);
  };
  for (const source of options.lazyModules) {
    const chunk = chunkOf(source);
    if (chunk) visit(chunk.fileName);
  }
  const early = earlyChunks(files, options);
  const link = (attrs: Record<string, string | boolean>): HtmlTagDescriptor => ({
    tag: 'link',
    attrs,
    injectTo: 'head',
  });
  return [
    ...early
      .flatMap((f) => f.imports ?? [])
      .filter((f) => !entryFiles.has(f))
      .map((f) => link({ rel: 'modulepreload', href: `/${f}`, crossorigin: true })),
    ...options.fetches.map((href) => link({ rel: 'preload', as: 'fetch', href, crossorigin: true })),
    ...[...chunks].map((f) => link({ rel: 'preload', as: 'script', href: `/${f}`, crossorigin: true })),
  ];
}

/** Adds preload links for what the page loads right after its first paint, so nothing waits for the main bundle. */
export function preloadAfterFirstPaint(options: PreloadOptions): Plugin {
  return {
    name: 'preload-after-first-paint',
    apply: 'build',
    config: (config) => ({
      build: {
        rolldownOptions: {
          input: {
            index: resolve(config.root ?? '', 'index.html'),
            ...Object.fromEntries(
              options.earlyScripts.map((s) => [
                s.replace(/^.*\//, '').replace(/\.\w+$/, ''),
                resolve(config.root ?? '', s),
              ]),
            ),
          },
        },
      },
    }),
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        // What index.html already loads (entry script and its modulepreloads) is not preloaded again.
        const loaded = new Set([...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1] ?? ''));
        const bundle = ctx.bundle as Record<string, BundleFile>;
        const tags = preloadTags(bundle, loaded, options);
        return { html: withEarlyScripts(html, earlyChunks(Object.values(bundle), options)), tags };
      },
    },
  };
}
