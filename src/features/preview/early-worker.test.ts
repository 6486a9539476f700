import { describe, expect, it, vi } from 'vitest';
import { bufferedWorker } from './early-worker';
import type { WorkerLike } from './worker-renderer';

function fakeWorker() {
  const worker: WorkerLike = { postMessage: vi.fn(), terminate: vi.fn(), onmessage: null, onerror: null };
  const say = (data: unknown) => worker.onmessage?.({ data } as MessageEvent);
  return { worker, say };
}

describe('bufferedWorker', () => {
  it('hands over, in order, what the worker said before anyone listened, then passes messages through', () => {
    const { worker, say } = fakeWorker();
    const buffered = bufferedWorker(worker);
    say({ type: 'ready' });
    say({ type: 'result', id: 1 });
    const heard: unknown[] = [];
    buffered.onmessage = (event) => heard.push(event.data);
    say({ type: 'result', id: 2 });
    expect(heard).toEqual([{ type: 'ready' }, { type: 'result', id: 1 }, { type: 'result', id: 2 }]);
  });

  it('keeps a load error for the renderer that attaches later', () => {
    const { worker } = fakeWorker();
    const buffered = bufferedWorker(worker);
    worker.onerror?.({ message: 'boom' } as ErrorEvent);
    const errors: string[] = [];
    buffered.onerror = (event) => errors.push(event.message);
    expect(errors).toEqual(['boom']);
    buffered.postMessage({ type: 'render', id: 1 } as never);
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'render', id: 1 });
  });
});
