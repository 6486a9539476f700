import { defineConfig } from 'vitest/config';

/** The core's own tests, in Node: what `npm run mutate` runs against each mutant of src/core. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/core/**/*.test.ts'],
    // The random round-trip property renders hundreds of templates under the 200 ms render limit; instrumented
    // on a shared CPU it trips that limit and fails the initial run, so mutation runs leave it out.
    // The synchronous-twin comparison renders all 1,054 golden cases both ways; under the same load liquidjs's side
    // trips the render time limit while the twin does not, and the case differs. It is left out for the same reason.
    exclude: ['src/core/template/build-template.render.test.ts', 'src/core/liquid/sync-render.test.ts'],
    // Instrumented code under a shared CPU is several times slower than a normal run.
    testTimeout: 60_000,
  },
});
