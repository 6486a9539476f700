/// <reference lib="webworker" />
import '../../zod-jitless';
import { renderForPreview } from './render-for-preview';
import type { RenderMessage, WorkerAnswer } from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function answer(message: WorkerAnswer): void {
  scope.postMessage(message);
}

scope.onmessage = async (event: MessageEvent<RenderMessage>) => {
  const { id, template, user } = event.data;
  try {
    answer({ type: 'result', id, request: await renderForPreview(template, user) });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    answer({ type: 'error', id, detail, message: `The preview could not render this template: ${detail}` });
  }
};

answer({ type: 'ready' });
