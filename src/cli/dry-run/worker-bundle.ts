import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** A pool thread's code as one plain JavaScript file, and how to remove it. */
export interface WorkerBundle {
  url: URL;
  remove(): void;
}

const ENTRY = fileURLToPath(new URL('./dry-run-worker.ts', import.meta.url));

/**
 * Bundles the pool thread's code (the worker and the core it checks users with) into one JavaScript file
 * in a temporary folder. Each thread then loads one file instead of compiling every TypeScript module of
 * the core itself: that compile cost each thread seconds of CPU, as much as checking 20,000 users.
 */
export async function bundleWorker(): Promise<WorkerBundle> {
  const dir = mkdtempSync(join(tmpdir(), 'dry-run-worker-'));
  const file = join(dir, 'dry-run-worker.mjs');
  try {
    await build({
      entryPoints: [ENTRY],
      outfile: file,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      // Libraries written as CommonJS call require(); an ES module has none unless it makes one.
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { url: new URL(`file://${file}`), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
