import type { NamedDraft } from './format';
import { fileTooLargeError, formatCount, MAX_IMPORT_BYTES, MAX_IMPORT_DRAFTS } from './limits';
import { migrateDrafts } from './migrate';
import { checkDraft, readEntries } from './read-entries';

/** The outcome of reading an imported file: drafts to add, or one sentence saying what is wrong. */
export type DraftsFileResult =
  { ok: true; drafts: NamedDraft[]; notes: string[] } | { ok: false; error: string };

function jsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position?.[1]) return `The file is not valid JSON (${message}).`;
  const offset = Number(position[1]);
  const before = text.slice(0, offset).split('\n');
  return `The file is not valid JSON: problem at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}.`;
}

const looksLikeBareDraft = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !('format' in value) &&
  ('title' in value || 'eventId' in value);

/**
 * Reads an imported drafts file: the versioned envelope (any known version, migrated), a version-0
 * array, or a single bare Draft, within the stated limits. Pure: it returns drafts to add or a clear error and touches nothing.
 */
export function parseDraftsFile(text: string, now: Date, newId: () => string): DraftsFileResult {
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  // Characters are at least one byte each, so this refuses every file over the byte limit.
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: fileTooLargeError(text.length) };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: jsonError(text, error) };
  }
  if (looksLikeBareDraft(raw)) {
    const checked = checkDraft(raw);
    if (!checked.ok) return { ok: false, error: `The draft in the file is not valid: ${checked.error}` };
    // The schema refuses a blank title, so the draft is named after it.
    const name = checked.draft.title.trim();
    return {
      ok: true,
      drafts: [{ id: newId(), name, rev: 1, savedAt: now.toISOString(), draft: checked.draft }],
      notes: [],
    };
  }
  const migrated = migrateDrafts(raw);
  if (!migrated.ok) return migrated;
  const count = migrated.payload.drafts.length;
  if (count === 0) return { ok: false, error: 'The file contains no drafts.' };
  if (count > MAX_IMPORT_DRAFTS) {
    return {
      ok: false,
      error: `The file holds ${formatCount(count)} drafts; one import can add at most ${formatCount(MAX_IMPORT_DRAFTS)}. Split the file and import the parts one after the other.`,
    };
  }
  const entries = readEntries(migrated.payload.drafts, now, newId);
  if (!entries.ok) return entries;
  const notes =
    migrated.payload.newerVersion !== undefined
      ? [
          `The file was written by a newer version (${migrated.payload.newerVersion}) of the composer: fields this version does not know are kept as they are.`,
        ]
      : [];
  return { ok: true, drafts: entries.drafts, notes };
}
