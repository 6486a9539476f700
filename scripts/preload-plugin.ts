import type { HtmlTagDescriptor, Plugin } from 'vite';

/** What the page needs right after its first paint, fetched in parallel with the main bundle. */
export interface PreloadOptions {
  /** Source files (ending) of lazily imported modules: their chunk and its imports are fetched and parsed, not run. */
  lazyModules: string[];
  /** Static files the app fetches() at start, e.g. `/timezones.json`. */
  fetches: string[];
  /**
   * Source files of lazily imported modules whose chunk is left to the app's own `import()`, but whose
   * stylesheets are preloaded: that import fetches its stylesheets first and its code only once they have
   * loaded, a round trip later without the preload.
   */
  stylesOnly?: string[];
}

interface BundleFile {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  /** Every module the chunk holds (a chunk that merges several lazy modules has no single facade). */
  moduleIds?: string[];
  imports?: string[];
  /** The stylesheets Vite loads with the chunk (its dynamic import waits for them). */
  viteMetadata?: { importedCss?: Set<string> };
}

/** A preload link the browser skips until the page's entry turns it on (see src/main.tsx). */
const LATER = { media: 'not all', 'data-later': true } as const;

const endsWith = (id: string | null | undefined, source: string) =>
  !!id?.replace(/\\/g, '/').endsWith(source);

function chunkFor(files: BundleFile[], source: string): BundleFile | undefined {
  return files.find(
    (f) =>
      f.type === 'chunk' &&
      (endsWith(f.facadeModuleId, source) || (f.moduleIds ?? []).some((id) => endsWith(id, source))),
  );
}

/**
 * The link tags for `options` in a built bundle. Chunks get `modulepreload` (fetched and parsed off the main
 * thread as they stream in, not run: the later `import()` only evaluates them; with `preload as=script` the
 * `import()` compiled them on the main thread, 60-130 ms for the picker's chunk at 4x CPU), their
 * stylesheets `preload as=style` (the `import()` waits for them: without the preload they would be fetched only
 * then, one round trip later); the fetches get `preload as=fetch`, matched by the app's own `fetch()`. All are written inert (`media="not all"`,
 * marked `data-later`): the page's entry turns them on once the page's own scripts have arrived, so that on a
 * slow link they do not share the bandwidth with the main bundle. (Workers cannot be preloaded without being
 * fetched twice on a slow link: neither `prefetch` nor `modulepreload` is reused by a `new Worker()` still in
 * flight, so the entry starts the preview worker at that moment too.)
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
  const link = (attrs: Record<string, string | boolean>): HtmlTagDescriptor => ({
    tag: 'link',
    attrs,
    injectTo: 'head',
  });
  const styled = [
    ...chunks,
    ...(options.stylesOnly ?? []).flatMap((source) => chunkOf(source)?.fileName ?? []),
  ];
  const styles = styled.flatMap((f) => [...(bundle[f]?.viteMetadata?.importedCss ?? [])]);
  return [
    ...options.fetches.map((href) =>
      link({ rel: 'preload', as: 'fetch', href, crossorigin: true, ...LATER }),
    ),
    ...[...chunks].map((f) => link({ rel: 'modulepreload', href: `/${f}`, crossorigin: true, ...LATER })),
    ...[...new Set(styles)].map((f) =>
      link({ rel: 'preload', as: 'style', href: `/${f}`, crossorigin: true, ...LATER }),
    ),
  ];
}

/** Adds preload links for what the page loads right after its first paint, so nothing waits for the main bundle. */
export function preloadAfterFirstPaint(options: PreloadOptions): Plugin {
  return {
    name: 'preload-after-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        // What index.html already loads (entry script and its modulepreloads) is not preloaded again.
        const loaded = new Set([...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1] ?? ''));
        const bundle = ctx.bundle as Record<string, BundleFile>;
        return { html, tags: preloadTags(bundle, loaded, options) };
      },
    },
  };
}
