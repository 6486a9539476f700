import { type BatchResult, type RecordBatch, checkBatches } from '../../core/audience';
import type { BrazeTemplate } from '../../core/template';

/** One task for a pool thread: a few batches of export records and what stays the same for the whole run. */
export interface DryRunTask {
  template: BrazeTemplate;
  /** ISO instant `now` stands for. */
  now: string;
  batches: RecordBatch[];
}

// liquidjs builds an Error, with its stack, for every error it wraps (each user the template skips with
// abort_message): collecting and formatting those stacks cost more than checking the user. A thread of the
// pool never shows a stack; its results carry the messages only.
Error.stackTraceLimit = 0;

/** Tinypool entry: checks the batches of one task on a worker thread, as one result in file order. */
export default function checkTask(task: DryRunTask): Promise<BatchResult> {
  return checkBatches(task.template, task.batches, { now: new Date(task.now) });
}
