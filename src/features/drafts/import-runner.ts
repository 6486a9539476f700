import {
  decodeRecord,
  fileTooLargeError,
  MAX_IMPORT_BYTES,
  type NamedDraft,
  type WriteFailure,
} from '../../core/drafts';
import type { DraftsLibrary } from './drafts-library';
import type { ImportPrepared, ImportRequest } from './prepare-import';

/** The end of an import: what was added and skipped, a file that changes nothing, or storage that refused. */
export type ImportOutcome =
  | {
      kind: 'done';
      added: number;
      alreadySaved: number;
      renamed: { from: string; to: string }[];
      notes: string[];
    }
  | { kind: 'invalid'; error: string }
  | { kind: 'storage'; reason: WriteFailure; total: number };

/** Longest stretch of storage writes before the page gets a turn (keeps typing responsive). */
const SLICE_MS = 6;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function prepareInWorker(request: ImportRequest): Promise<ImportPrepared> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), {
      type: 'module',
      name: 'drafts-import',
    });
    worker.onmessage = (event: MessageEvent<ImportPrepared>) => {
      resolve(event.data);
      setTimeout(() => worker.terminate(), 0);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the import worker failed'));
    };
    worker.postMessage(request);
  });
}

async function prepare(request: ImportRequest): Promise<ImportPrepared> {
  if (typeof Worker === 'function') return prepareInWorker(request);
  // No workers (tests in jsdom): the same code on this thread, loaded only when needed.
  const { prepareImport } = await import('./prepare-import');
  return prepareImport(request);
}

/**
 * Imports a drafts file without freezing the page: the file is parsed, checked and compared with the saved
 * drafts in a worker, then written in short slices, each write read back. All or nothing: a bad file changes
 * nothing, and when storage refuses part-way the drafts already written are removed again.
 */
export async function runImport(
  file: Blob,
  library: DraftsLibrary,
  onProgress: (written: number, total: number) => void,
): Promise<ImportOutcome> {
  if (file.size > MAX_IMPORT_BYTES) return { kind: 'invalid', error: fileTooLargeError(file.size) };
  const text = await file.text();
  const prepared = await prepare({ text, now: new Date().toISOString(), existing: library.encoded() });
  if (!prepared.ok) return { kind: 'invalid', error: prepared.error };
  const { ids } = prepared;
  // Stored texts are JSON, so they hold no raw line breaks.
  const values = prepared.values === '' ? [] : prepared.values.split('\n');
  const written: NamedDraft[] = [];
  let failure: WriteFailure | null = null;
  let sliceStart = performance.now();
  for (const [i, id] of ids.entries()) {
    const value = values[i] ?? '';
    const record = decodeRecord(id, value);
    const result = record ? library.writeRaw(id, value) : ({ ok: false, reason: 'mismatch' } as const);
    if (!result.ok || !record) {
      failure = result.ok ? 'mismatch' : result.reason;
      break;
    }
    written.push(record);
    if (performance.now() - sliceStart > SLICE_MS) {
      onProgress(written.length, ids.length);
      await nextTask();
      sliceStart = performance.now();
    }
  }
  if (failure) {
    for (const [i, record] of written.entries()) {
      library.removeRaw(record.id);
      if (i % 500 === 499) await nextTask();
    }
    return { kind: 'storage', reason: failure, total: ids.length };
  }
  library.addWritten(written);
  onProgress(written.length, ids.length);
  return {
    kind: 'done',
    added: written.length,
    alreadySaved: prepared.alreadySaved,
    renamed: prepared.renamed,
    notes: prepared.notes,
  };
}
