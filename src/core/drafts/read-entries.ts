import { DraftSchema, type Draft } from '../event';
import { NamedDraftEntrySchema, type NamedDraft } from './format';
import { newDraftId } from './new-id';

export type EntriesResult = { ok: true; drafts: NamedDraft[] } | { ok: false; error: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks one raw draft against the schema, keeping fields this version does not know about. */
export function checkDraft(raw: unknown): { ok: true; draft: Draft } | { ok: false; error: string } {
  if (!isRecord(raw)) return { ok: false, error: 'it is not an event draft object' };
  const parsed = DraftSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? first.path.join('.') : 'draft';
    return { ok: false, error: `field "${where}": ${first?.message ?? 'invalid value'}` };
  }
  // Spread the raw object first so unknown (newer) fields survive a load and a save.
  return { ok: true, draft: { ...raw, ...parsed.data } as Draft };
}

/**
 * Turns the unchecked entries of a migrated payload into named drafts; all or nothing: the first
 * bad entry gives an error naming it and its field, so a bad file changes nothing.
 */
export function readEntries(entries: unknown[], now: Date): EntriesResult {
  const drafts: NamedDraft[] = [];
  for (const [index, entry] of entries.entries()) {
    const parsedEntry = NamedDraftEntrySchema.safeParse(entry);
    const label = `Draft ${index + 1}`;
    if (!parsedEntry.success) {
      return { ok: false, error: `${label} in the file is not a named draft (it needs a "draft" object).` };
    }
    const { id, name, savedAt, draft: rawDraft, ...extra } = parsedEntry.data;
    const named = name?.trim() ? `${label} ("${name.trim()}")` : label;
    const checked = checkDraft(rawDraft);
    if (!checked.ok) return { ok: false, error: `${named} is not valid: ${checked.error}` };
    drafts.push({
      ...extra,
      id: id ?? newDraftId(),
      name: name?.trim() || checked.draft.title || label,
      savedAt: savedAt && !Number.isNaN(Date.parse(savedAt)) ? savedAt : now.toISOString(),
      draft: checked.draft,
    });
  }
  return { ok: true, drafts };
}
