import { DraftSchema, type Draft } from '../event';
import { NamedDraftEntrySchema, type NamedDraft } from './format';
import { expandDraft } from './record-codec';

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

/** How strictly entries are read: files must hold valid drafts; old local data may hold half-typed ones. */
export interface ReadOptions {
  lenient?: boolean;
}

/**
 * Turns the unchecked entries of a migrated payload into named drafts; all or nothing: the first
 * bad entry gives an error naming it and its field, so a bad file changes nothing.
 */
export function readEntries(
  entries: readonly unknown[],
  now: Date,
  newId: () => string,
  { lenient = false }: ReadOptions = {},
  offset = 0,
): EntriesResult {
  const drafts: NamedDraft[] = [];
  for (const [i, entry] of entries.entries()) {
    const index = i + offset;
    const parsedEntry = NamedDraftEntrySchema.safeParse(entry);
    const label = `Draft ${index + 1}`;
    if (!parsedEntry.success || (lenient && !isRecord(parsedEntry.data.draft))) {
      const field = parsedEntry.error?.issues[0]?.path.join('.') || 'draft';
      return {
        ok: false,
        error: `${label} in the file is not a named draft (field "${field}": it needs a "draft" object, a text "name" and a whole-number "rev" of 1 or more).`,
      };
    }
    const { id, name, rev, savedAt, draft: rawDraft, ...extra } = parsedEntry.data;
    const named = name?.trim() ? `${label} ("${name.trim()}")` : label;
    const checked = lenient
      ? { ok: true as const, draft: expandDraft(rawDraft as Record<string, unknown>) }
      : checkDraft(rawDraft);
    if (!checked.ok) return { ok: false, error: `${named} is not valid: ${checked.error}` };
    drafts.push({
      ...extra,
      id: id ?? newId(),
      name: name?.trim() || checked.draft.title.trim() || label,
      rev: rev ?? 1,
      savedAt: savedAt && !Number.isNaN(Date.parse(savedAt)) ? savedAt : now.toISOString(),
      draft: checked.draft,
    });
  }
  return { ok: true, drafts };
}
