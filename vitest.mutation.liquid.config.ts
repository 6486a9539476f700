import { defineConfig } from 'vitest/config';
import base from './vitest.mutation.config';

/**
 * The mutation config limited to the tests that are about rendering Liquid: the `liquid` module's own tests
 * (with the golden conformance suite) and those of `render` and `template`. Used to measure `liquid`'s mutants
 * on a shared machine; tests elsewhere in the core can only kill more of them, so its score is a lower bound.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'src/core/liquid/**/*.test.ts',
      'src/core/render/**/*.test.ts',
      'src/core/template/**/*.test.ts',
    ],
  },
});
