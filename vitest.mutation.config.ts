import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer } from 'vitest/node';
import type { TestSpecification } from 'vitest/node';

/**
 * Runs the test files of a mutant quickest first (a file that failed last time still first). Stryker stops at
 * the first failing test, so a mutant a quick test kills no longer waits for the slow files; Vitest's own
 * order is slowest first, which suits a full run, not one that usually stops early.
 */
class QuickFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const state = (f: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${f.project.name}:${relative(this.ctx.config.root, f.moduleId)}`);
    return sorted.sort((a, b) => {
      const [sa, sb] = [state(a), state(b)];
      if (!sa || !sb) return 0;
      if (sa.failed !== sb.failed) return sa.failed ? -1 : 1;
      return sa.duration - sb.duration;
    });
  }
}

/** The core's own tests, in Node: what `npm run mutate` runs against each mutant of src/core. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/core/**/*.test.ts'],
    // The random round-trip property renders hundreds of templates under the render time limit; instrumented
    // on a shared CPU it trips that limit and fails the initial run, so mutation runs leave it out. (The
    // synchronous-twin comparison over all golden cases is in: it slows the limit's clock, see render-clock.ts.)
    exclude: ['src/core/template/build-template.render.test.ts'],
    // Each test parses its own templates (see clearParseCache), so every test that reads a parse is credited with it.
    setupFiles: ['src/testing/mutation-setup.ts'],
    // Instrumented code under a shared CPU is several times slower than a normal run.
    testTimeout: 60_000,
    sequence: { sequencer: QuickFirstSequencer },
  },
});
