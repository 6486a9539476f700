import { writeSync } from 'node:fs';

/** A log sink that writes lines in batches: one write per `intervalMs` (or per 64 KB) instead of one per line. */
export interface BatchedLog {
  (line: string): void;
  /** Writes what is waiting, synchronously (call before the process exits). */
  flush(): void;
}

/**
 * Collects log lines and writes them to file descriptor `fd` (1 = stdout) at most every `intervalMs`, or at once
 * when 64 KB are waiting, and on process exit. Lines stay in order; at most `intervalMs` of lines is lost if the
 * process is killed outright.
 */
export function batchedLog(fd = 1, intervalMs = 100): BatchedLog {
  let waiting: string[] = [];
  let bytes = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (waiting.length === 0) return;
    const text = `${waiting.join('\n')}\n`;
    waiting = [];
    bytes = 0;
    try {
      writeSync(fd, text);
    } catch {
      // stdout closed (e.g. the reading end went away): nothing else to do with a log line.
    }
  };
  const log = ((line: string) => {
    waiting.push(line);
    bytes += line.length + 1;
    if (bytes >= 64 * 1024) flush();
    else if (!timer) {
      timer = setTimeout(flush, intervalMs);
      timer.unref();
    }
  }) as BatchedLog;
  log.flush = flush;
  process.once('exit', flush);
  return log;
}
