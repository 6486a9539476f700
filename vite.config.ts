import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/precompress';

export default defineConfig({
  // precompress: brotli and gzip copies of the built files, served by Accept-Encoding.
  plugins: [react(), precompress()],
  build: { target: 'es2022', sourcemap: false },
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
});
