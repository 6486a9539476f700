import { t } from '@lingui/core/macro';
import {
  type BatchResult,
  type DryRunReport,
  InOrder,
  NotAnExportError,
  type RecordBatch,
  ReportBuilder,
  createExportReader,
} from '../../core/audience';
import type { BrazeTemplate } from '../../core/template';
import { WorkerPool, poolSize } from './worker-pool';

/** Where a run is, for the progress bar. */
/** The sentence for a file the dry run could not read, in the active language. */
const fileUnreadable = (detail: string) => t`The file could not be read: ${detail}`;

export interface RunProgress {
  /** Share of the file read, 0–1. */
  fraction: number;
  usersPerSecond: number;
  etaSeconds: number | null;
  report: DryRunReport;
}

/** How a run ended. */
type RunEnd =
  { kind: 'done' | 'cancelled'; report: DryRunReport; seconds: number } | { kind: 'error'; message: string };

/** A running check of one file; `cancel()` stops it and keeps what was checked. */
export interface RunHandle {
  cancel(): void;
  done: Promise<RunEnd>;
}

const PROGRESS_MS = 150;
/** Batches (of at most 500 users each) sent to a worker in one message: fewer round trips. */
const BATCHES_PER_MESSAGE = 4;

/**
 * Streams `file` (never whole in memory) through the export reader and a pool of workers, one per core,
 * with at most two messages (of a few batches) per worker in flight; reports progress a few times a second.
 */
export function runFile(
  file: Blob,
  template: BrazeTemplate,
  onProgress: (progress: RunProgress) => void,
  options: { workers?: number; createWorker?: () => Worker } = {},
): RunHandle {
  const size = options.workers ?? poolSize();
  const pool = new WorkerPool(size, template, new Date().toISOString(), options.createWorker);
  const builder = new ReportBuilder();
  // Results are added in the order their messages were sent: every run of a file gives the same report.
  const ordered = new InOrder<BatchResult>((result) => builder.add(result));
  let sent = 0;
  const ready: RecordBatch[] = [];
  const running = new Set<Promise<void>>();
  const reader = createExportReader({
    onBatch: (b) => ready.push(b),
    onMalformed: (m) => builder.addMalformed(m),
  });
  const stream = file.stream().getReader();
  const started = performance.now();
  let read = 0;
  let cancelled = false;
  let lastProgress = 0;

  const progress = (force = false) => {
    const now = performance.now();
    if (!force && now - lastProgress < PROGRESS_MS) return;
    lastProgress = now;
    const seconds = (now - started) / 1000;
    const report = builder.report(reader.format());
    const fraction = file.size > 0 ? read / file.size : 1;
    const eta = fraction > 0.02 ? (seconds * (1 - fraction)) / fraction : null;
    onProgress({
      fraction,
      usersPerSecond: seconds > 0 ? report.users / seconds : 0,
      etaSeconds: eta,
      report,
    });
  };
  const dispatch = async (last = false) => {
    while ((ready.length >= BATCHES_PER_MESSAGE || (last && ready.length > 0)) && !cancelled) {
      while (running.size >= size * 2) await Promise.race(running);
      const seq = sent++;
      const job = pool.run(ready.splice(0, BATCHES_PER_MESSAGE)).then(
        (result) => {
          ordered.put(seq, result);
          running.delete(job);
          progress();
        },
        (error: unknown) => {
          running.delete(job);
          if (!cancelled) throw error;
        },
      );
      running.add(job);
    }
  };

  const done = (async (): Promise<RunEnd> => {
    try {
      for (;;) {
        const { value, done: finished } = await stream.read();
        if (cancelled) break;
        if (finished) {
          reader.end();
          await dispatch(true);
          break;
        }
        read += value.byteLength;
        reader.push(value);
        await dispatch();
        progress();
      }
      if (!cancelled) await Promise.all(running);
      const seconds = (performance.now() - started) / 1000;
      progress(true);
      return { kind: cancelled ? 'cancelled' : 'done', report: builder.report(reader.format()), seconds };
    } catch (error) {
      if (cancelled)
        return {
          kind: 'cancelled',
          report: builder.report(reader.format()),
          seconds: (performance.now() - started) / 1000,
        };
      const message =
        error instanceof NotAnExportError
          ? error.message
          : fileUnreadable(error instanceof Error ? error.message : String(error));
      return { kind: 'error', message };
    } finally {
      pool.terminate();
    }
  })();

  return {
    cancel() {
      cancelled = true;
      void stream.cancel().catch(() => undefined);
      pool.terminate();
    },
    done,
  };
}
