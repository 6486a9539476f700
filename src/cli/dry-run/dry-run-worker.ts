import { type BatchResult, type RecordBatch, checkBatch } from '../../core/audience';
import type { BrazeTemplate } from '../../core/template';

/** One task for a pool thread: a batch of export records and what stays the same for the whole run. */
export interface DryRunTask {
  template: BrazeTemplate;
  /** ISO instant `now` stands for. */
  now: string;
  batch: RecordBatch;
}

/** Tinypool entry: checks one batch of users on a worker thread. */
export default function checkTask(task: DryRunTask): Promise<BatchResult> {
  return checkBatch(task.template, task.batch, { now: new Date(task.now) });
}
