import { defineConfig } from 'vitest/config';

/** The core's own tests, in Node: what `npm run mutate` runs against each mutant of src/core. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/core/**/*.test.ts'],
    // Instrumented code under a shared CPU is several times slower than a normal run.
    testTimeout: 60_000,
  },
});
