import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { visualizer } from 'rollup-plugin-visualizer';
import { linguiCatalogs, linguiMacro } from './scripts/lingui-macro';
import { minifyPublicScripts } from './scripts/minify-public';
import { precompress } from './scripts/precompress';
import { preloadAfterFirstPaint } from './scripts/preload-plugin';
import { compileHints } from './scripts/compile-hints';

/** `npm run analyze` (mode "analyze"): a treemap of every chunk with its gzip and brotli sizes. */
const treemap = {
  ...visualizer({
    filename: 'reports/bundle-treemap.html',
    template: 'treemap',
    gzipSize: true,
    brotliSize: true,
    title: 'Rokt Calendar Composer: bundle',
  }),
  apply: (_: unknown, env: { mode: string }) => env.mode === 'analyze',
};

/** What the page draws right after the form: compiled as it arrives (the picker's chunk preloaded during the download). */
const afterFirstPaint = [
  'src/features/timezone-picker/timezone-picker.tsx',
  'src/features/composer/time-summary-view.tsx',
  'src/features/composer/advanced-options-body.tsx',
  'src/features/composer/draft-resolver.ts',
  'src/features/preview/preview-pane.tsx',
  'src/features/sample-users/sample-user-panel.tsx',
  'src/features/drafts/drafts-dialog.tsx',
  'src/features/drafts/save-as-dialog.tsx',
  'src/features/drafts/unsaved-dialog.tsx',
  'src/features/drafts/drafts-notices.tsx',
];

export default defineConfig({
  plugins: [
    // linguiMacro + linguiCatalogs: messages written in the code, catalogs (.po) compiled when imported.
    linguiMacro(),
    react(),
    linguiCatalogs(),
    // The timezone picker's code and list are preloaded as soon as the main bundle has arrived (src/start-later.ts
    // turns the links on and starts the preview worker), so they never wait for the app to ask for them. The rest
    // of what is drawn after the form (time summary, preview pane, sample user, drafts dialogs: one chunk) is not
    // preloaded: the app's first render imports it, and until then the picker's chunk has the link to itself
    // instead of sharing it. That chunk has no stylesheet of its own (its styles are the page's): an import()
    // requests a chunk's code only once its stylesheet has loaded, an event handled after the form is drawn.
    preloadAfterFirstPaint({
      lazyModules: ['src/features/timezone-picker/timezone-picker.tsx'],
      fetches: ['/timezones.json'],
    }),
    // The page's scripts and what it preloads are compiled whole while they download (V8's compile hint),
    // instead of function by function on the main thread the first time each runs.
    compileHints({ entries: true, modules: afterFirstPaint }),
    // The page's early script (public/warm-up.js) without its comments, then the compressed copies.
    minifyPublicScripts(['warm-up.js']),
    // precompress: brotli and gzip copies of the built files, served by Accept-Encoding.
    precompress(),
    treemap,
  ],
  // The libraries only modal overlays use (cmdk's Command.Dialog, a modal Radix popover's scroll lock and
  // aria-hiding) are not bundled: the picker is a non-modal popover with an inline list. They made up a sixth of
  // the picker's chunk (26.0 -> 21.8 KB brotli), which the page waits for on a slow link beside the preview worker.
  // A modal variant would throw a clear error rather than silently lose its behaviour.
  resolve: {
    alias: Object.fromEntries(
      ['@radix-ui/react-dialog', 'react-remove-scroll', 'aria-hidden'].map((name) => [
        name,
        fileURLToPath(new URL('./src/features/timezone-picker/modal-parts.ts', import.meta.url)),
      ]),
    ),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the target allows preloads modules natively: the polyfill would only add first-paint bytes.
    // A lazy chunk's own imports are not listed for the page to preload beside it: the list (every hashed file
    // name) was 0.6 KB gz of first-paint JS, and what follows the first paint is preloaded by index.html
    // anyway. Its stylesheets still are (the chunk waits for them).
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css')),
    },
    // One chunk per language and catalog part, named for them (the bundle budget counts the default shell).
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) => {
          const catalog = /locales\/([a-z]+)\/([a-z]+)\.po$/.exec(chunk.facadeModuleId ?? '');
          return catalog ? `assets/catalog-${catalog[1]}-${catalog[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
        // The libraries of the first paint and the small modules it shares with lazy chunks, in one chunk:
        // left to itself, rolldown splits them into several first-paint chunks (a shared chunk joins the
        // entry only when that makes no cycle), which compress worse apart.
        codeSplitting: {
          groups: [
            // The page's first module (it starts the preloads) runs before the others.
            { name: 'start-later', test: /src[\\/]start-later\.ts/ },
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|zod|react-hook-form)[\\/]|src[\\/]ui[\\/]i18n[\\/](?!trans\.)|src[\\/]core[\\/](event[\\/](draft|limits)|template[\\/]coerce-draft|timezones[\\/](lookup|intl-zone|windows-zones\.generated))\.ts/,
            },
            // What is drawn right after the form, in two chunks instead of eighteen: on a slow link each request
            // costs a round trip, and the browser opens at most six connections to the server. The picker's code
            // (Radix popover, cmdk) is a chunk of its own, the one the user is likely to reach first. react-query is
            // not in it: only Send test uses it, and it would double the bytes the picker waits for.
            // Only the modules named here: their imports from the first paint stay where they are.
            {
              name: 'timezone-picker',
              includeDependenciesRecursively: false,
              test: /src[\\/](features[\\/]timezone-picker[\\/](timezone-picker|timezone-lists|use-timezones|use-timezone-options|modal-parts)|core[\\/]timezones[\\/](search|local-names)|ui[\\/]i18n[\\/]trans)\.tsx?$|node_modules[\\/](@radix-ui|@floating-ui|cmdk)[\\/]/,
            },
            // Lingui's <Trans> too (priority 1 over the picker group, whose regex also names it): in the picker's
            // chunk it made the preview pane wait for that larger chunk. Its stylesheets are not in it: the modules
            // that load it import them too, so they are the page's (see preloadAfterFirstPaint above).
            {
              name: 'after-paint',
              priority: 1,
              includeDependenciesRecursively: false,
              test: /src[\\/](features[\\/](composer[\\/](time-summary-view|summarize-times|use-time-summary|use-subscriber-zones|format-times|advanced-options-body|draft-resolver|written-date)|preview[\\/](preview-pane|code-view|json-lines|body-view|problem-list|request-view|segmented-tabs|template-view|draft-issues|template-issue|preview)|sample-users[\\/](sample-user-panel|user-edits|add-attribute|attribute-list)|drafts[\\/](drafts-dialog|draft-row|import-controls|download|library-actions|notices-text|drafts-notices|save-as-dialog|unsaved-dialog|dialog-text))|core[\\/](timezones[\\/]format-date-time|drafts[\\/](export-file|limits)|template[\\/](draft-field-at-line|open-liquid|draft-field-issue)|liquid[\\/]positions)|ui[\\/](modal-dialog|i18n[\\/]trans))\.tsx?$|node_modules[\\/]@hookform[\\/]/,
            },
          ],
        },
      },
    },
  },
  // The preview worker is compiled whole as it downloads too: its first render runs most of its code.
  worker: {
    format: 'es',
    plugins: () => [compileHints({ modules: ['src/features/preview/preview-worker.ts'] })],
  },
  // `npm run dev` forwards API calls to a server started with `npm run serve`.
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
  test: {
    // Room for a loaded machine (two cores shared by many runs): typing tests take seconds there.
    testTimeout: 20_000,
    // One worker per core. Vitest's default in a run is one fewer than the cores, so on a two-core machine the
    // whole suite ran in a single worker with the other core idle (63 s; 45 s with two).
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Files share a worker's module cache instead of re-importing everything per file: the suite's CPU
          // time halves. Tests keep no state between files (storage is cleared after each test).
          isolate: false,
          include: [
            'src/core/**/*.test.ts',
            'src/cli/**/*.test.ts',
            'server/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
            'lint/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          isolate: false,
          include: [
            'src/features/**/*.test.{ts,tsx}',
            'src/app/**/*.test.{ts,tsx}',
            'src/ui/**/*.test.{ts,tsx}',
          ],
          setupFiles: ['./src/testing/setup-dom.ts'],
        },
      },
    ],
  },
});
