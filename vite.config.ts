import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/precompress';
import { visualizer } from 'rollup-plugin-visualizer';
import { preloadAfterFirstPaint } from './scripts/preload-plugin';

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    // What is drawn after the form (timezone picker, time summary, preview, sample user, drafts) and the
    // timezone list load in parallel with the main bundle; a first tiny script starts the preview worker so
    // that its code does too.
    preloadAfterFirstPaint({
      lazyModules: [
        'src/features/timezone-picker/timezone-picker.tsx',
        'src/features/composer/time-summary.tsx',
        'src/features/preview/preview-pane.tsx',
        'src/features/sample-users/sample-user-panel.tsx',
        'src/features/drafts/drafts-menu.tsx',
      ],
      fetches: ['/timezones.json'],
      earlyScripts: ['src/start-preview.ts'],
    }),
    // precompress: brotli and gzip copies of the built files, served by Accept-Encoding.
    precompress(),
    // `npm run analyze`: a treemap of every chunk with its gzip and brotli sizes.
    mode === 'analyze' &&
      visualizer({
        filename: 'reports/bundle-treemap.html',
        template: 'treemap',
        gzipSize: true,
        brotliSize: true,
        title: 'Rokt Calendar Composer: bundle',
      }),
  ],
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  // `npm run dev` forwards API calls to a server started with `npm run serve`.
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
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
          include: ['src/features/**/*.test.{ts,tsx}', 'src/app/**/*.test.{ts,tsx}'],
          setupFiles: ['./src/testing/setup-dom.ts'],
        },
      },
    ],
  },
}));
