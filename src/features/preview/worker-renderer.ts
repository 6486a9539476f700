import type { SampleUser } from '../../core/sample-user';
import type { BrazeTemplate, RenderedRequest } from '../../core/template';
import { PreviewError } from './preview-error';
import { abortError } from './renderer';
import type { PreviewRenderer, RenderCallOptions } from './renderer';
import type { RenderMessage, WorkerAnswer } from './worker-protocol';

/** The part of a Worker the renderer uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: RenderMessage): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerAnswer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface WorkerRendererOptions {
  createWorker: () => WorkerLike;
  /** How long one render may run before the worker is restarted (a runaway template). */
  timeoutMs?: number;
  /**
   * The same for the first render after the worker starts, which also compiles the engine's code and
   * builds its date formats: on a busy or slow machine that alone can take longer than `timeoutMs`.
   */
  firstRenderTimeoutMs?: number;
  /** How long the worker may take to load its code. */
  startupTimeoutMs?: number;
}

interface Job {
  id: number;
  background: boolean;
  message: RenderMessage;
  resolve(request: RenderedRequest): void;
  reject(error: Error): void;
}

/** The error of a render stopped after `ms` milliseconds. */
const runaway = (ms: number): PreviewError =>
  new PreviewError(
    'preview.runaway',
    `The preview stopped this template after ${ms / 1000} ${ms === 1000 ? 'second' : 'seconds'}: it never finished rendering. Look for a loop that never ends or is far too long (a {% for %} over a huge range, say).`,
    { seconds: ms / 1000 },
  );

/**
 * Returns a renderer backed by a worker started right away; one render runs at a time (interactive
 * before background), a render that takes longer than `timeoutMs` (`firstRenderTimeoutMs` for the first one after
 * the worker starts) fails with a clear error and the worker is restarted.
 */
export function createWorkerRenderer(options: WorkerRendererOptions): PreviewRenderer {
  const timeoutMs = options.timeoutMs ?? 1000;
  const firstRenderTimeoutMs = options.firstRenderTimeoutMs ?? 5000;
  const startupTimeoutMs = options.startupTimeoutMs ?? 15000;
  const queue: Job[] = [];
  let worker: WorkerLike | null = null;
  let ready = false;
  let current: Job | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let nextId = 1;
  let warmedUp = false;

  function failAll(error: PreviewError): void {
    const jobs = current ? [current, ...queue] : [...queue];
    current = null;
    queue.length = 0;
    for (const job of jobs) job.reject(error);
  }

  function stop(): void {
    clearTimeout(timer);
    worker?.terminate();
    worker = null;
    ready = false;
  }

  function start(): void {
    ready = false;
    warmedUp = false;
    const created = options.createWorker();
    worker = created;
    created.onmessage = (event) => onAnswer(event.data);
    created.onerror = (event) => {
      event.preventDefault?.();
      stop();
      failAll(
        new PreviewError(
          'preview.engine-failed',
          'The preview engine failed to load. Reload the page to try again.',
        ),
      );
    };
    timer = setTimeout(() => {
      stop();
      failAll(
        new PreviewError(
          'preview.engine-late',
          'The preview engine did not start in time. Reload the page to try again.',
        ),
      );
    }, startupTimeoutMs);
  }

  /** Gives the current render its time limit (the first one after a start a longer one). */
  function limitCurrent(): void {
    const limit = warmedUp ? timeoutMs : firstRenderTimeoutMs;
    warmedUp = true;
    timer = setTimeout(() => {
      const stopped = current;
      current = null;
      stop();
      start();
      stopped?.reject(runaway(limit));
    }, limit);
  }

  function pump(): void {
    if (!worker) start();
    if (current || !worker) return;
    // An interactive render goes out before the worker is ready: the browser holds it until the worker's code
    // has run, which then renders it at once instead of first telling this thread, busy drawing the page at
    // start, that it is ready. Its time limit starts when the worker is ready.
    if (!ready && queue[0]?.background !== false) return;
    const job = queue.shift();
    if (!job) return;
    current = job;
    worker.postMessage(job.message);
    if (ready) limitCurrent();
  }

  function onAnswer(data: WorkerAnswer): void {
    if (data.type === 'ready') {
      clearTimeout(timer);
      ready = true;
      if (current) limitCurrent();
    } else if (current && data.id === current.id) {
      clearTimeout(timer);
      const job = current;
      current = null;
      if (data.type === 'result') job.resolve(data.request);
      else job.reject(new PreviewError('preview.render-failed', data.message, { detail: data.detail }));
    }
    pump();
  }

  start();

  return {
    render(template: BrazeTemplate, user: SampleUser, options: RenderCallOptions = {}) {
      const { signal, background = false } = options;
      return new Promise<RenderedRequest>((resolve, reject) => {
        if (signal?.aborted) return reject(abortError());
        const id = nextId++;
        const job: Job = { id, background, message: { type: 'render', id, template, user }, resolve, reject };
        signal?.addEventListener('abort', () => {
          const index = queue.indexOf(job);
          if (index >= 0) {
            queue.splice(index, 1);
            reject(abortError());
          }
        });
        // Interactive renders (the live preview) go ahead of queued background ones (the all-users check).
        const firstBackground = background ? -1 : queue.findIndex((queued) => queued.background);
        if (firstBackground >= 0) queue.splice(firstBackground, 0, job);
        else queue.push(job);
        pump();
      });
    },
    dispose() {
      stop();
      failAll(new PreviewError('preview.closed', 'The preview was closed.'));
    },
  };
}
