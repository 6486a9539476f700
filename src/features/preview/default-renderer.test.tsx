import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePreview } from './use-preview';
import { draftWith, preset } from '../../testing/preview';
import { buildTemplate } from '../../core/template';
import type { WorkerAnswer, RenderMessage } from './worker-protocol';

describe('usePreview without a provider', () => {
  it('falls back to rendering on this thread where there is no Worker (jsdom)', async () => {
    expect(typeof Worker).toBe('undefined');
    const draft = draftWith({ title: 'No worker here' });
    const user = preset('guide');
    const { result } = renderHook(() => usePreview(draft, user));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.rendered?.body).toContain('"title": "No worker here"');
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('getDefaultRenderer with workers', () => {
  it('makes what is drawn after the first parts also wait for its first answer', async () => {
    const workers: { posted: RenderMessage[]; onmessage: ((e: { data: WorkerAnswer }) => void) | null }[] =
      [];
    vi.stubGlobal(
      'Worker',
      class {
        posted: RenderMessage[] = [];
        onmessage = null;
        onerror = null;
        constructor() {
          workers.push(this);
        }
        postMessage(message: RenderMessage) {
          this.posted.push(message);
        }
        terminate() {}
      },
    );
    // Fresh copies: the renderer is created once per page, and the loads it joins are module state.
    vi.resetModules();
    const { getDefaultRenderer } = await import('./default-renderer');
    const { firstLoads } = await import('../../ui/load-later');
    const renderer = getDefaultRenderer();
    expect(firstLoads).toHaveLength(1);
    let settled = false;
    void Promise.allSettled(firstLoads).then(() => (settled = true));
    const rendering = renderer.render(buildTemplate(draftWith({ title: 'First' })), preset('guide'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    const worker = workers[0]!;
    const asked = worker.posted[0]!;
    const request = { method: 'POST', url: 'https://example.com', headers: {}, body: '{}' };
    worker.onmessage?.({ data: { type: 'ready' } });
    worker.onmessage?.({ data: { type: 'result', id: asked.id, request } as unknown as WorkerAnswer });
    await expect(rendering).resolves.toEqual(request);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(true);
  });
});
