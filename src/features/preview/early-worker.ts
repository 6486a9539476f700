import type { WorkerAnswer } from './worker-protocol';
import type { WorkerLike } from './worker-renderer';

/** Starts the preview worker; Vite bundles it and everything it imports (liquidjs, render, validate) as its own file. */
export function createPreviewWorker(): WorkerLike {
  return new Worker(new URL('./preview-worker.ts', import.meta.url), {
    type: 'module',
    name: 'preview',
  }) as unknown as WorkerLike;
}

/**
 * Wraps a worker started before anyone listens: what it says meanwhile (its "ready") is kept and handed
 * over, in order, as soon as `onmessage` / `onerror` are set.
 */
export function bufferedWorker(worker: WorkerLike): WorkerLike {
  const messages: MessageEvent<WorkerAnswer>[] = [];
  const errors: ErrorEvent[] = [];
  let onmessage: WorkerLike['onmessage'] = null;
  let onerror: WorkerLike['onerror'] = null;
  worker.onmessage = (event) => (onmessage ? onmessage(event) : messages.push(event));
  worker.onerror = (event) => (onerror ? onerror(event) : errors.push(event));
  return {
    postMessage: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
    get onmessage() {
      return onmessage;
    },
    set onmessage(handler) {
      onmessage = handler;
      while (handler && messages.length > 0) handler(messages.shift() as MessageEvent<WorkerAnswer>);
    },
    get onerror() {
      return onerror;
    },
    set onerror(handler) {
      onerror = handler;
      while (handler && errors.length > 0) handler(errors.shift() as ErrorEvent);
    },
  };
}

let early: WorkerLike | undefined;

/**
 * Starts the preview worker now, from a tiny script index.html runs before the main bundle has arrived,
 * so the worker's code downloads and compiles while the form is still loading. No-op without Worker.
 */
export function startPreviewWorkerEarly(): void {
  if (early || typeof Worker !== 'function') return;
  early = bufferedWorker(createPreviewWorker());
}

/** The worker started early, once (later calls, e.g. a restart after a runaway template, get undefined). */
export function takeEarlyWorker(): WorkerLike | undefined {
  const worker = early;
  early = undefined;
  return worker;
}
