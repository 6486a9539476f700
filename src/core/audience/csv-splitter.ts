import Papa from 'papaparse';
import type { RecordSplitter } from './json-lines-splitter';
import { NotAnExportError } from './not-an-export';
import type { CsvRecord, MalformedRecord } from './types';

/** Columns that identify a Braze user in the dashboard's CSV export. */
export const CSV_ID_COLUMNS = ['external_id', 'braze_id', 'appboy_id'] as const;

/**
 * Splits CSV text arriving in chunks into data rows: complete records are cut at newlines outside quotes and
 * parsed with Papa Parse; the first row is the header. Rows with the wrong number of cells or broken quotes
 * are reported as malformed with their line number.
 */
export function csvSplitter(
  emit: (header: string[], record: CsvRecord) => void,
  malformed: (record: MalformedRecord) => void,
  file?: string,
): RecordSplitter {
  let buffer = '';
  let scanned = 0;
  let inQuotes = false;
  let line = 1; // line the next complete record starts on
  let header: string[] | null = null;
  const place = (at: number) => (file === undefined ? { line: at } : { line: at, file });

  let newline: '\n' | '\r\n' | null = null;
  const parseComplete = (chunk: string) => {
    newline ??= /^[^\n]*\r(\n|$)/.test(chunk) ? '\r\n' : '\n';
    const text = newline === '\r\n' && chunk.endsWith('\r') ? chunk.slice(0, -1) : chunk;
    if (text === '') {
      line += 1;
      return;
    }
    const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, newline });
    const broken = new Set(result.errors.map((e) => e.row));
    result.data.forEach((cells, row) => {
      const at = line;
      line += 1 + cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
      if (cells.length === 1 && cells[0]!.trim() === '') return;
      const clean = cells;
      if (!header) {
        header = clean.map((c) => c.trim().replace(/^\uFEFF/, ''));
        if (!CSV_ID_COLUMNS.some((id) => header!.includes(id))) {
          throw new NotAnExportError(
            `This CSV file is not a Braze user export: its first row has no ${CSV_ID_COLUMNS.join(' or ')} column.`,
          );
        }
        return;
      }
      if (broken.has(row)) malformed({ ...place(at), message: 'has a quote that is never closed.' });
      else if (clean.length !== header.length)
        malformed({
          ...place(at),
          message: `has ${clean.length} cells but the header has ${header.length}.`,
        });
      else emit(header, { ...place(at), cells: clean });
    });
  };

  return {
    push(text) {
      buffer += text;
      let i = scanned;
      let cut = -1;
      for (;;) {
        const q = buffer.indexOf('"', i);
        if (inQuotes) {
          if (q < 0) break;
          inQuotes = false;
          i = q + 1;
          continue;
        }
        const nl = buffer.indexOf('\n', i);
        if (nl >= 0 && (q < 0 || nl < q)) {
          cut = nl;
          i = nl + 1;
        } else if (q >= 0) {
          inQuotes = true;
          i = q + 1;
        } else break;
      }
      if (cut >= 0) {
        const complete = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 1);
        parseComplete(complete);
      }
      scanned = buffer.length;
    },
    end() {
      if (buffer.trim() !== '') parseComplete(buffer);
      buffer = '';
      if (!header) throw new NotAnExportError('This CSV file is empty: it has no header row.');
    },
  };
}
