import { csvSplitter } from './csv-splitter';
import { decompressToText } from './decompress';
import { idsResponseSplitter } from './ids-splitter';
import { type RecordSplitter, jsonLinesChunker } from './json-lines-splitter';
import { NotAnExportError } from './not-an-export';
import { sniffFormat } from './sniff-format';
import type { CsvRecord, ExportFormat, JsonRecord, MalformedRecord, RecordBatch } from './types';

/** How an export reader is driven. */
export interface ExportReaderOptions {
  /** Force a format; by default it is read from the start of the file. */
  format?: ExportFormat;
  /** Records per batch (default 500; lines per batch for JSON lines, blank lines included). */
  batchSize?: number;
  onBatch(batch: RecordBatch): void;
  onMalformed(record: MalformedRecord): void;
}

/** Bytes of an export in, batches of raw records out. */
export interface ExportReader {
  push(bytes: Uint8Array): void;
  /** Flushes the last batch; throws NotAnExportError when the file held no export at all. */
  end(): void;
  /** The format in use once known. */
  format(): ExportFormat | null;
}

const SNIFF_CHARS = 1024;

/**
 * Reads a Braze user export (JSON lines, ids response or CSV; plain, gzipped or zipped) as a stream of
 * record batches. Memory is bounded by one chunk plus one batch, whatever the file's size.
 */
export function createExportReader(options: ExportReaderOptions): ExportReader {
  const size = options.batchSize ?? 500;
  let format: ExportFormat | null = options.format ?? null;
  let json: JsonRecord[] = [];
  let csv: CsvRecord[] = [];
  let header: string[] = [];
  let splitter: RecordSplitter | null = null;
  let fileName: string | undefined;
  let head = '';
  let files = 0;

  const flush = () => {
    if (json.length > 0) options.onBatch({ kind: 'json', records: json });
    if (csv.length > 0) options.onBatch({ kind: 'csv', header, records: csv });
    json = [];
    csv = [];
  };
  const addJson = (r: JsonRecord) => {
    json.push(r);
    if (json.length >= size) flush();
  };
  const addCsv = (h: string[], r: CsvRecord) => {
    if (h !== header) {
      flush();
      header = h;
    }
    csv.push(r);
    if (csv.length >= size) flush();
  };
  const open = (text: string) => {
    format ??= sniffFormat(text);
    splitter =
      format === 'jsonl'
        ? jsonLinesChunker(options.onBatch, size, fileName)
        : format === 'ids'
          ? idsResponseSplitter(addJson, options.onMalformed, fileName)
          : csvSplitter(addCsv, options.onMalformed, fileName);
    splitter.push(text);
  };

  const bytes = decompressToText({
    startFile(name) {
      files += 1;
      fileName = name;
      splitter = null;
      head = '';
    },
    text(chunk) {
      if (splitter) return splitter.push(chunk);
      head += chunk;
      if (format || head.length >= SNIFF_CHARS) open(head);
    },
    endFile() {
      if (!splitter && head !== '') open(head);
      if (!splitter) {
        // an empty file inside an archive has no users; a lone empty file is said so below
        if (fileName === undefined) throw new NotAnExportError('The file is empty: it has no users.');
        return;
      }
      (splitter as RecordSplitter).end();
      splitter = null;
    },
  });

  return {
    push: (chunk) => bytes.push(chunk),
    end() {
      bytes.end();
      if (files === 0) throw new NotAnExportError('The zip archive holds no export file.');
      flush();
    },
    format: () => format,
  };
}
