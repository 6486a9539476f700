import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Makes a temporary folder that is removed when the process is interrupted (Ctrl-C, a pipeline's SIGTERM)
 * or exits before `remove()` is called; an interruption then ends the process as it would have. The
 * handlers are in place before the folder exists, so no moment leaves it behind.
 */
function temporaryFolder(prefix: string): { dir: string; remove(): void } {
  let dir: string | null = null;
  const removeDir = () => {
    if (dir !== null) rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    remove();
    process.kill(process.pid, signal);
  };
  const remove = () => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off('exit', removeDir);
    removeDir();
  };
  for (const signal of SIGNALS) process.once(signal, onSignal);
  process.once('exit', removeDir);
  dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove };
}

/**
 * Bundles the pool thread's code (the worker and the core it checks users with) into one JavaScript file
 * in a temporary folder, removed by `remove()` or when the process is interrupted. Each thread then loads
 * one file instead of compiling every TypeScript module of the core itself: that compile cost each thread
 * seconds of CPU, as much as checking 20,000 users.
 */
export async function bundleWorker(): Promise<WorkerBundle> {
  const { dir, remove } = temporaryFolder('dry-run-worker-');
  const file = join(dir, 'dry-run-worker.mjs');
  try {
    // Written here rather than by esbuild's own process, which could write it after an interruption removed the folder.
    const { outputFiles } = await build({
      entryPoints: [ENTRY],
      absWorkingDir: ROOT,
      outfile: file,
      write: false,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      // liquidjs's ES module build: bundled from its CommonJS build, every read of one of its exports (the
      // renderer reads several per Liquid node) went through a getter.
      alias: { liquidjs: 'liquidjs/dist/liquid.node.mjs' },
    });
    writeFileSync(file, outputFiles[0]?.contents ?? '');
  } catch (error) {
    remove();
    throw error;
  }
  return { url: new URL(`file://${file}`), remove };
}
