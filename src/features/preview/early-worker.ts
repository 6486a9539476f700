import type { WorkerLike } from './worker-renderer';

/** Starts the preview worker; Vite bundles it and everything it imports (liquidjs, render, validate) as its own file. */
export function createPreviewWorker(): WorkerLike {
  return new Worker(new URL('./preview-worker.ts', import.meta.url), {
    type: 'module',
    name: 'preview',
  }) as unknown as WorkerLike;
}

let early: WorkerLike | undefined;

/**
 * Starts the preview worker now, from the page's first module, so that its code downloads while React and the
 * app are evaluated. The renderer must take it in the same task (the entry does, before it renders): the worker's
 * first message is delivered in a later task, to whoever listens by then. No-op without Worker.
 */
export function startPreviewWorkerEarly(): void {
  if (!early && typeof Worker === 'function') early = createPreviewWorker();
}

/** The worker started early, once (later calls, e.g. a restart after a runaway template, get undefined). */
export function takeEarlyWorker(): WorkerLike | undefined {
  const worker = early;
  early = undefined;
  return worker;
}
