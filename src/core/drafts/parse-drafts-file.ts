import type { NamedDraft } from './format';
import { migrateDrafts } from './migrate';
import { newDraftId } from './new-id';
import { checkDraft, readEntries } from './read-entries';

/** The outcome of reading an imported file: drafts to add, or one sentence saying what is wrong. */
export type DraftsFileResult =
  { ok: true; drafts: NamedDraft[]; notes: string[] } | { ok: false; error: string };

const MAX_FILE_CHARS = 5_000_000;

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
 * array, or a single bare Draft. Pure: it returns drafts to add or a clear error and touches nothing.
 */
export function parseDraftsFile(text: string, now: Date = new Date()): DraftsFileResult {
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (text.length > MAX_FILE_CHARS) return { ok: false, error: 'The file is too large to be a drafts file.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: jsonError(text, error) };
  }
  if (looksLikeBareDraft(raw)) {
    const checked = checkDraft(raw);
    if (!checked.ok) return { ok: false, error: `The draft in the file is not valid: ${checked.error}` };
    const name = checked.draft.title.trim() || 'Imported draft';
    return {
      ok: true,
      drafts: [{ id: newDraftId(), name, savedAt: now.toISOString(), draft: checked.draft }],
      notes: [],
    };
  }
  const migrated = migrateDrafts(raw);
  if (!migrated.ok) return migrated;
  if (migrated.payload.drafts.length === 0) return { ok: false, error: 'The file contains no drafts.' };
  const entries = readEntries(migrated.payload.drafts, now);
  if (!entries.ok) return entries;
  const notes =
    migrated.payload.newerVersion !== undefined
      ? [
          `The file was written by a newer version (${migrated.payload.newerVersion}) of the composer: fields this version does not know are kept as they are.`,
        ]
      : [];
  return { ok: true, drafts: entries.drafts, notes };
}
