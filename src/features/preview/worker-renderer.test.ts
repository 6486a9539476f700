import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultDraft } from '../../core/event';
import { buildTemplate } from '../../core/template';
import type { RenderedRequest } from '../../core/template';
import { isAbortError } from './renderer';
import { createWorkerRenderer } from './worker-renderer';
import type { WorkerLike } from './worker-renderer';
import type { RenderMessage, WorkerAnswer } from './worker-protocol';

class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  received: RenderMessage[] = [];
  terminated = false;
  postMessage(message: RenderMessage) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: WorkerAnswer) {
    this.onmessage?.({ data } as MessageEvent<WorkerAnswer>);
  }
}

const template = buildTemplate(defaultDraft());
const user = {
  user_id: 'u1',
  custom_attributes: {},
  event_properties: {},
  canvas_entry_properties: {},
  context: {},
  api_trigger_properties: {},
};
const rendered = (body: string): RenderedRequest => ({
  url: 'u',
  method: 'POST',
  headers: [],
  body,
  json: null,
  errors: [],
  warnings: [],
});

describe('createWorkerRenderer', () => {
  let workers: FakeWorker[];
  const make = () =>
    createWorkerRenderer({
      createWorker: () => {
        const worker = new FakeWorker();
        workers.push(worker);
        return worker;
      },
    });

  beforeEach(() => {
    vi.useFakeTimers();
    workers = [];
  });
  afterEach(() => vi.useRealTimers());

  it('starts its worker at once, sends the first interactive request before it is ready (the browser holds it), then one at a time', async () => {
    const renderer = make();
    expect(workers).toHaveLength(1);
    const first = renderer.render(template, user);
    const second = renderer.render(template, user);
    const worker = workers[0]!;
    expect(worker.received.map((m) => m.id)).toEqual([1]);
    worker.answer({ type: 'ready' });
    expect(worker.received.map((m) => m.id)).toEqual([1]);
    worker.answer({ type: 'result', id: 1, request: rendered('one') });
    expect(worker.received.map((m) => m.id)).toEqual([1, 2]);
    worker.answer({ type: 'result', id: 2, request: rendered('two') });
    expect((await first).body).toBe('one');
    expect((await second).body).toBe('two');
  });

  it('keeps a background render until the worker is ready', () => {
    const renderer = make();
    void renderer.render(template, user, { background: true });
    expect(workers[0]!.received).toHaveLength(0);
    workers[0]!.answer({ type: 'ready' });
    expect(workers[0]!.received.map((m) => m.id)).toEqual([1]);
  });

  it('times the first render from the moment the worker is ready, not from when it was sent', async () => {
    const renderer = make();
    const first = renderer.render(template, user);
    vi.advanceTimersByTime(10_000);
    workers[0]!.answer({ type: 'ready' });
    vi.advanceTimersByTime(4000);
    workers[0]!.answer({ type: 'result', id: 1, request: rendered('after a slow start') });
    expect((await first).body).toBe('after a slow start');
    expect(workers).toHaveLength(1);
  });

  it('drops a queued request whose signal was aborted', async () => {
    const renderer = make();
    const first = renderer.render(template, user);
    const controller = new AbortController();
    const stale = renderer.render(template, user, { signal: controller.signal });
    const latest = renderer.render(template, user);
    controller.abort();
    await expect(stale).rejects.toSatisfy(isAbortError);
    workers[0]!.answer({ type: 'ready' });
    workers[0]!.answer({ type: 'result', id: 1, request: rendered('first') });
    expect(workers[0]!.received.map((m) => m.id)).toEqual([1, 3]);
    workers[0]!.answer({ type: 'result', id: 3, request: rendered('latest') });
    expect((await first).body).toBe('first');
    expect((await latest).body).toBe('latest');
  });

  it('lets an interactive render go ahead of queued background renders', () => {
    const renderer = make();
    void renderer.render(template, user, { background: true });
    void renderer.render(template, user, { background: true });
    void renderer.render(template, user);
    workers[0]!.answer({ type: 'ready' });
    expect(workers[0]!.received.map((m) => m.id)).toEqual([3]);
  });

  it('gives the first render after a start 5 s, since it also warms the engine up', async () => {
    const renderer = make();
    workers[0]!.answer({ type: 'ready' });
    const first = renderer.render(template, user);
    vi.advanceTimersByTime(4000);
    workers[0]!.answer({ type: 'result', id: 1, request: rendered('slow first') });
    expect((await first).body).toBe('slow first');
    expect(workers).toHaveLength(1);
  });

  it('stops a later render that runs past 1 s, restarts the worker and reports a clear error', async () => {
    const renderer = make();
    workers[0]!.answer({ type: 'ready' });
    const first = renderer.render(template, user);
    workers[0]!.answer({ type: 'result', id: 1, request: rendered('first') });
    await first;
    const runaway = renderer.render(template, user);
    const assertion = expect(runaway).rejects.toThrow(
      'The preview stopped this template after 1 second: it never finished rendering. Look for a loop that never ends or is far too long (a {% for %} over a huge range, say).',
    );
    vi.advanceTimersByTime(1001);
    await assertion;
    await expect(runaway).rejects.toMatchObject({ code: 'preview.runaway', params: { seconds: 1 } });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    // The restarted worker's first render again gets the longer start-up allowance, and says so when it ends.
    const again = renderer.render(template, user);
    workers[1]!.answer({ type: 'ready' });
    const stopped = expect(again).rejects.toThrow('The preview stopped this template after 5 seconds');
    vi.advanceTimersByTime(5001);
    await stopped;
    const next = renderer.render(template, user);
    workers[2]!.answer({ type: 'ready' });
    const id = workers[2]!.received[0]!.id;
    workers[2]!.answer({ type: 'result', id, request: rendered('fine again') });
    expect((await next).body).toBe('fine again');
  });

  it('fails pending renders with a sentence when the worker script cannot load', async () => {
    const renderer = make();
    const pending = renderer.render(template, user);
    workers[0]!.onerror?.(new ErrorEvent('error'));
    await expect(pending).rejects.toMatchObject({
      code: 'preview.engine-failed',
      message: 'The preview engine failed to load. Reload the page to try again.',
    });
  });

  it('passes on an error the worker reports for one render', async () => {
    const renderer = make();
    workers[0]!.answer({ type: 'ready' });
    const pending = renderer.render(template, user);
    workers[0]!.answer({
      type: 'error',
      id: 1,
      message: 'The preview could not render this template: boom',
      detail: 'boom',
    });
    await expect(pending).rejects.toMatchObject({
      code: 'preview.render-failed',
      message: 'The preview could not render this template: boom',
      params: { detail: 'boom' },
    });
  });
});
