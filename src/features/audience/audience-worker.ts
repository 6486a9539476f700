/// <reference lib="webworker" />
import '../../zod-jitless';
import { checkBatches } from '../../core/audience';
import type { CheckAnswer, CheckMessage } from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// The Liquid engine builds an Error, with its stack, for every error it wraps (each user the template skips
// with abort_message); collecting the stacks cost more than checking the user, and a result never shows one.
Error.stackTraceLimit = 0;

scope.onmessage = async (event: MessageEvent<CheckMessage>) => {
  const { id, template, now, batches } = event.data;
  let answer: CheckAnswer;
  try {
    answer = { id, result: await checkBatches(template, batches, { now: new Date(now) }) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(answer);
};
