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
  shared =
    typeof Worker === 'function'
      ? createWorkerRenderer({ createWorker: () => takeEarlyWorker() ?? createPreviewWorker() })
      : createInProcessRenderer(async (template, user) => {
          const { renderForPreview } = await import('./render-for-preview');
          return renderForPreview(template, user);
        });
  return shared;
}
