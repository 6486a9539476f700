import { firstLoads } from '../../ui/load-later';
import { createPreviewWorker, takeEarlyWorker } from './early-worker';
import { createInProcessRenderer } from './renderer';
import type { PreviewRenderer } from './renderer';
import { createWorkerRenderer } from './worker-renderer';

let shared: PreviewRenderer | null = null;

/**
 * Returns the app-wide renderer, creating it on first use: a Web Worker when the browser has
 * them, otherwise the render code loaded lazily on the main thread (jsdom, very old browsers).
 * The page's entry calls it before the first render, to take over the worker src/start-later.ts started.
 */
export function getDefaultRenderer(): PreviewRenderer {
  if (shared) return shared;
  if (typeof Worker === 'function') {
    const worker = createWorkerRenderer({ createWorker: () => takeEarlyWorker() ?? createPreviewWorker() });
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
