import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { visualizer } from 'rollup-plugin-visualizer';
import { lingui } from '@lingui/vite-plugin';
import { linguiMacro } from './scripts/lingui-macro';
import { precompress } from './scripts/precompress';
import { preloadAfterFirstPaint } from './scripts/preload-plugin';

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

export default defineConfig({
  plugins: [
    // linguiMacro + lingui: messages written in the code, catalogs (.po) compiled when imported.
    linguiMacro(),
    react(),
    lingui(),
    // What is drawn after the form (timezone picker, time summary, preview, sample user, drafts dialog) and the timezone
    // list load in parallel with the main bundle; a first tiny script starts the preview worker so that its
    // code does too.
    preloadAfterFirstPaint({
      lazyModules: [
        'src/features/timezone-picker/timezone-picker.tsx',
        'src/features/composer/time-summary-view.tsx',
        'src/features/preview/preview-pane.tsx',
        'src/features/sample-users/sample-user-panel.tsx',
        'src/features/drafts/drafts-dialog.tsx',
        'src/features/drafts/save-as-dialog.tsx',
        'src/features/drafts/unsaved-dialog.tsx',
      ],
      fetches: ['/timezones.json'],
      earlyScripts: ['src/start-preview.ts'],
    }),
    // precompress: brotli and gzip copies of the built files, served by Accept-Encoding.
    precompress(),
    treemap,
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // One chunk per language and catalog part, named for them (the bundle budget counts the default shell).
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) => {
          const catalog = /locales\/([a-z]+)\/([a-z]+)\.po$/.exec(chunk.facadeModuleId ?? '');
          return catalog ? `assets/catalog-${catalog[1]}-${catalog[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  worker: { format: 'es' },
  // `npm run dev` forwards API calls to a server started with `npm run serve`.
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
  test: {
    // Room for a loaded machine (two cores shared by many runs): typing tests take seconds there.
    testTimeout: 20_000,
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
