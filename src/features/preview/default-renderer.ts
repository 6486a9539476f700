import { firstLoads } from '../../ui/load-later';
import { createInProcessRenderer } from './renderer';
import type { PreviewRenderer } from './renderer';
import { createWorkerRenderer } from './worker-renderer';
import type { WorkerLike } from './worker-renderer';

let shared: PreviewRenderer | null = null;

/** Starts the preview worker; Vite bundles it and everything it imports (liquidjs, render, validate) as its own file. */
function createPreviewWorker(): WorkerLike {
  return new Worker(new URL('./preview-worker.ts', import.meta.url), {
    type: 'module',
    name: 'preview',
  }) as unknown as WorkerLike;
}

/**
 * Returns the app-wide renderer, creating it on first use: a Web Worker when the browser has
 * them, otherwise the render code loaded lazily on the main thread (jsdom, very old browsers).
 * The page's entry calls it before the first render, so that the worker's code downloads while the form is drawn.
 */
export function getDefaultRenderer(): PreviewRenderer {
  if (shared) return shared;
  if (typeof Worker === 'function') {
    const worker = createWorkerRenderer({ createWorker: createPreviewWorker });
    // The parts drawn after the form and its first parts wait for the first answer too: on a slow laptop their
    // renders held up, on this thread, both the worker's first message and its answer.
    let answered!: () => void;
    firstLoads.push(new Promise<void>((resolve) => (answered = resolve)));
    return (shared = { ...worker, render: (...args) => worker.render(...args).finally(answered) });
  }
  return (shared = createInProcessRenderer(async (template, user) => {
    const { renderForPreview } = await import('./render-for-preview');
    return renderForPreview(template, user);
  }));
}
