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
/** The project folder: esbuild finds an alias's target from its working folder, wherever the CLI runs. */
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

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
      absWorkingDir: ROOT,
      outfile: file,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      // liquidjs's ES module build: bundled from its CommonJS build, every read of one of its exports (the
      // renderer reads several per Liquid node) went through a getter.
      alias: { liquidjs: 'liquidjs/dist/liquid.node.mjs' },
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { url: new URL(`file://${file}`), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
