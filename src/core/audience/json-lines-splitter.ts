import type { JsonRecord } from './types';

/** Incremental text → records splitter shared by the three formats. */
export interface RecordSplitter {
  push(text: string): void;
  end(): void;
}

/** Splits JSON-lines text, arriving in chunks of any size, into one record per non-empty line. */
export function jsonLinesSplitter(emit: (record: JsonRecord) => void, file?: string): RecordSplitter {
  let rest = '';
  let line = 0;
  const take = (text: string) => {
    line += 1;
    const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (trimmed.trim() === '') return;
    emit(file === undefined ? { line, text: trimmed } : { line, file, text: trimmed });
  };
  return {
    push(text) {
      let nl = text.indexOf('\n');
      if (nl < 0) {
        rest += text;
        return;
      }
      take(rest + text.slice(0, nl));
      rest = '';
      let start = nl + 1;
      while ((nl = text.indexOf('\n', start)) >= 0) {
        take(text.slice(start, nl));
        start = nl + 1;
      }
      rest = text.slice(start);
    },
    end() {
      if (rest !== '') take(rest);
      rest = '';
    },
  };
}
