import type { BatchResult, RecordBatch } from '../../core/audience';
import type { BrazeTemplate } from '../../core/template';

/** Main thread → audience worker: check these batches (a few at once: fewer round trips). */
export interface CheckMessage {
  id: number;
  template: BrazeTemplate;
  /** ISO instant `now` stands for during the whole run. */
  now: string;
  batches: RecordBatch[];
}

/** Audience worker → main thread: the batches' result, or why it could not be checked. */
export type CheckAnswer = { id: number; result: BatchResult } | { id: number; error: string };
