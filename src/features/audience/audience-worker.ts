/// <reference lib="webworker" />
import '../../zod-jitless';
import { checkBatch } from '../../core/audience';
import type { CheckAnswer, CheckMessage } from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<CheckMessage>) => {
  const { id, template, now, batch } = event.data;
  let answer: CheckAnswer;
  try {
    answer = { id, result: await checkBatch(template, batch, { now: new Date(now) }) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(answer);
};
