import type { BatchResult, RecordBatch } from '../../core/audience';
import type { BrazeTemplate } from '../../core/template';
import type { CheckAnswer, CheckMessage } from './worker-protocol';

interface Slot {
  worker: Worker;
  busy: boolean;
}

interface Job {
  message: CheckMessage;
  resolve(result: BatchResult): void;
  reject(error: Error): void;
}

/** Workers to start: one per core, at least one, at most eight. */
export function poolSize(): number {
  const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2;
  return Math.min(8, Math.max(1, cores));
}

/** A fixed pool of audience workers; batches queue until a worker is free. */
export class WorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private readonly pending = new Map<number, Job>();
  private nextId = 1;

  constructor(
    size: number,
    private readonly template: BrazeTemplate,
    private readonly now: string,
    create: () => Worker = () =>
      new Worker(new URL('./audience-worker.ts', import.meta.url), { type: 'module' }),
  ) {
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: create(), busy: false };
      slot.worker.onmessage = (event: MessageEvent<CheckAnswer>) => this.answered(slot, event.data);
      slot.worker.onerror = (event) =>
        this.failAll(new Error(event.message || 'An audience worker stopped.'));
      return slot;
    });
  }

  /** Batches sent to a worker or waiting for one. */
  get inFlight(): number {
    return this.pending.size + this.queue.length;
  }

  /** Checks a few batches on the next free worker, as one result. */
  run(batches: RecordBatch[]): Promise<BatchResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({
        message: { id: this.nextId++, template: this.template, now: this.now, batches },
        resolve,
        reject,
      });
      this.pump();
    });
  }

  /** Stops every worker at once; batches not yet answered are rejected. */
  terminate(): void {
    for (const slot of this.slots) slot.worker.terminate();
    this.failAll(new Error('The dry run was stopped.'));
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.busy = true;
      this.pending.set(job.message.id, job);
      slot.worker.postMessage(job.message);
    }
  }

  private answered(slot: Slot, answer: CheckAnswer): void {
    slot.busy = false;
    const job = this.pending.get(answer.id);
    this.pending.delete(answer.id);
    if (job) {
      if ('result' in answer) job.resolve(answer.result);
      else job.reject(new Error(answer.error));
    }
    this.pump();
  }

  private failAll(error: Error): void {
    for (const job of [...this.pending.values(), ...this.queue]) job.reject(error);
    this.pending.clear();
    this.queue.length = 0;
  }
}
