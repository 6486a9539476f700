import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module (its started worker is module state) with a Worker that records its starts. */
async function withFakeWorker() {
  const started: unknown[] = [];
  vi.stubGlobal(
    'Worker',
    class {
      constructor(url: URL) {
        started.push(url);
      }
      postMessage() {}
      terminate() {}
    },
  );
  vi.resetModules();
  return { started, early: await import('./early-worker') };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('startPreviewWorkerEarly', () => {
  it('starts one worker, and hands it over once (a restart after a runaway template makes a new one)', async () => {
    const { started, early } = await withFakeWorker();
    early.startPreviewWorkerEarly();
    early.startPreviewWorkerEarly();
    expect(started).toHaveLength(1);
    expect(String(started[0])).toMatch(/preview-worker/);
    expect(early.takeEarlyWorker()).toBeDefined();
    expect(early.takeEarlyWorker()).toBeUndefined();
  });

  it('starts nothing where there are no workers', async () => {
    vi.resetModules();
    const early = await import('./early-worker');
    early.startPreviewWorkerEarly();
    expect(early.takeEarlyWorker()).toBeUndefined();
  });
});
