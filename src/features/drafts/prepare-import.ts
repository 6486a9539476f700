import {
  decodeRecord,
  encodeRecord,
  parseDraftsFile,
  planImport,
  toExisting,
  type NamedDraft,
} from '../../core/drafts';
import { newDraftId } from './browser-storage';

/** What the import worker is given: the file's text and the saved drafts (`id\n` + stored text each). */
export interface ImportRequest {
  text: string;
  now: string;
  existing: string[];
}

/** The import worker's answer: an error that changes nothing, or the drafts to store and what was skipped. */
export type ImportPrepared =
  | { ok: false; error: string }
  | {
      ok: true;
      total: number;
      alreadySaved: number;
      renamed: { from: string; to: string }[];
      notes: string[];
      /** The ids of the drafts to store, in order. */
      ids: string[];
      /** Their stored texts joined by line breaks (one string crosses from the worker far faster than thousands). */
      values: string;
    };

function existingDrafts(encoded: readonly string[]): NamedDraft[] {
  const drafts: NamedDraft[] = [];
  for (const line of encoded) {
    const cut = line.indexOf('\n');
    const record = decodeRecord(line.slice(0, cut), line.slice(cut + 1));
    if (record) drafts.push(record);
  }
  return drafts;
}

/**
 * Parses and checks a drafts file and decides what to add next to the saved drafts (duplicates skipped,
 * clashing names made clear); the heavy part of an import, run in a worker.
 */
export function prepareImport({ text, now, existing }: ImportRequest): ImportPrepared {
  const parsed = parseDraftsFile(text, new Date(now), newDraftId);
  if (!parsed.ok) return parsed;
  const plan = planImport(existingDrafts(existing).map(toExisting), parsed.drafts, newDraftId);
  return {
    ok: true,
    total: parsed.drafts.length,
    alreadySaved: plan.alreadySaved,
    renamed: plan.renamed,
    notes: parsed.notes,
    ids: plan.add.map((record) => record.id),
    values: plan.add.map(encodeRecord).join('\n'),
  };
}
