import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import Tinypool from 'tinypool';
import {
  type BatchResult,
  type DryRunReport,
  InOrder,
  type ExportFormat,
  NotAnExportError,
  type RecordBatch,
  ReportBuilder,
  createExportReader,
} from '../../core/audience';
import type { BrazeTemplate } from '../../core/template';
import { InputError } from '../read-input';
import type { DryRunTask } from './dry-run-worker';
import { bundleWorker } from './worker-bundle';

/** What a run measured besides the report. */
export interface DryRunStats {
  seconds: number;
  usersPerSecond: number;
  threads: number;
}

const CHUNK_BYTES = 256 * 1024;
/**
 * Batches sent to a thread in one task. A batch holds at most 500 users (and 32,000 characters, so each
 * string stays in a thread's young generation); two per task halve each thread's round trips and the
 * pool's bookkeeping after every task. Four peaked higher in memory for a million users.
 */
const BATCHES_PER_TASK = 2;
/**
 * Semi-space of each thread's young generation, in MB. `npm run cli` caps it at 2 MB
 * (`--max-semi-space-size=2`) to keep the reading thread small, but that flag is the whole process's and
 * also capped the threads: one scavenge every ~80 users. The flag is raised once the reading thread's heap
 * exists (V8 reads it for each new thread's heap, not for the running one), so only the threads get 8 MB.
 */
const THREAD_SEMI_SPACE_MB = 8;

/**
 * Streams the export at `path` through a pool of worker threads (one per core) and returns the report:
 * at most two tasks of a few batches per thread are in flight, so memory stays flat whatever the file's size.
 */
export async function runDryRun(
  template: BrazeTemplate,
  path: string,
  options: { format?: ExportFormat; threads?: number; now?: Date } = {},
): Promise<{ report: DryRunReport; stats: DryRunStats }> {
  const threads = options.threads ?? availableParallelism();
  setFlagsFromString(`--max-semi-space-size=${THREAD_SEMI_SPACE_MB}`);
  const worker = await bundleWorker();
  const pool = new Tinypool({
    filename: worker.url.href,
    minThreads: threads,
    maxThreads: threads,
    // A bounded young generation (three semi-spaces) keeps a thread's memory flat whatever the audience's
    // size; 8 MB semi-spaces cost a quarter of the collections of 2 MB ones.
    resourceLimits: { maxYoungGenerationSizeMb: 3 * THREAD_SEMI_SPACE_MB, maxOldGenerationSizeMb: 64 },
    // The threads load plain JavaScript: none of the process's node options (such as tsx's loader, which
    // would route every import of every thread through its hooks) is needed there.
    execArgv: [],
  });
  const now = (options.now ?? new Date()).toISOString();
  const builder = new ReportBuilder();
  // Results are added in the order their tasks were sent: every run of a file gives the same report.
  const ordered = new InOrder<BatchResult>((result) => builder.add(result));
  let sent = 0;
  const inFlight = new Set<Promise<void>>();
  const ready: RecordBatch[] = [];
  const reader = createExportReader({
    ...(options.format ? { format: options.format } : {}),
    onBatch: (batch) => ready.push(batch),
    onMalformed: (m) => builder.addMalformed(m),
  });
  const started = performance.now();
  const dispatch = async (last = false) => {
    while (ready.length >= BATCHES_PER_TASK || (last && ready.length > 0)) {
      while (inFlight.size >= threads * 2) await Promise.race(inFlight);
      const task: DryRunTask = { template, now, batches: ready.splice(0, BATCHES_PER_TASK) };
      const seq = sent++;
      const run = (pool.run(task) as Promise<BatchResult>).then((result) => {
        ordered.put(seq, result);
        inFlight.delete(run);
      });
      inFlight.add(run);
    }
  };
  try {
    const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
    for await (const chunk of stream) {
      reader.push(chunk as Uint8Array);
      await dispatch();
    }
    reader.end();
    await dispatch(true);
    await Promise.all(inFlight);
  } catch (error) {
    if (error instanceof NotAnExportError) throw new InputError(`users file "${path}": ${error.message}`);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`cannot read users file "${path}": no such file`);
    if (code === 'EISDIR') throw new InputError(`cannot read users file "${path}": it is a directory`);
    throw error;
  } finally {
    await pool.destroy();
    worker.remove();
  }
  const report = builder.report(reader.format());
  const seconds = (performance.now() - started) / 1000;
  return { report, stats: { seconds, usersPerSecond: report.users / seconds, threads } };
}
