import type { JsonRecord, LinesBatch } from './types';

/** Incremental text → records splitter shared by the three formats. */
export interface RecordSplitter {
  push(text: string): void;
  end(): void;
}

/**
 * Characters a batch stops growing at. A longer string would be allocated outside the young generation,
 * where it lives until a full garbage collection: each thread's heap would grow with the run.
 */
const BATCH_CHARS = 32_000;

/**
 * Cuts JSON-lines text, arriving in chunks of any size, into batches of at most `lines` whole lines (fewer
 * once a batch holds BATCH_CHARS characters), each batch one string with the number of its first line: a
 * worker receives one string instead of an object per user, and reads it with `recordsOf`.
 */
export function jsonLinesChunker(
  emit: (batch: LinesBatch) => void,
  lines: number,
  file?: string,
): RecordSplitter {
  let pending = ''; // whole lines not emitted yet, then the start of an unfinished line
  let count = 0; // whole lines in `pending`
  let first = 1;
  const send = (text: string) => {
    emit(
      file === undefined ? { kind: 'lines', line: first, text } : { kind: 'lines', line: first, file, text },
    );
    first += count;
    count = 0;
  };
  return {
    push(text) {
      let from = 0;
      let nl: number;
      while ((nl = text.indexOf('\n', from)) >= 0) {
        from = nl + 1;
        if (++count === lines || pending.length + from >= BATCH_CHARS) {
          send(pending + text.slice(0, from));
          pending = '';
          text = text.slice(from);
          from = 0;
        }
      }
      pending += text;
    },
    end() {
      if (pending !== '') {
        if (!pending.endsWith('\n')) count += 1; // the last line has no newline
        send(pending);
      }
      pending = '';
    },
  };
}

/** The non-empty lines of a batch (a trailing `\r` removed), each with its place in the file. */
export function recordsOf(batch: LinesBatch): JsonRecord[] {
  const { text } = batch;
  const records: JsonRecord[] = [];
  let line = batch.line;
  let from = 0;
  while (from < text.length) {
    let nl = text.indexOf('\n', from);
    if (nl < 0) nl = text.length;
    const end = nl > from && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const body = text.slice(from, end);
    from = nl + 1;
    if (body.trim() !== '')
      records.push(batch.file === undefined ? { line, text: body } : { line, file: batch.file, text: body });
    line += 1;
  }
  return records;
}
