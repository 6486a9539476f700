import type { Draft } from '../event';
import type { NamedDraft } from './format';
import { newDraftId } from './new-id';

/** Returns `name`, or `name (2)`, `name (3)`… so it differs from every other draft's name. */
export function uniqueName(drafts: NamedDraft[], name: string, exceptId?: string): string {
  const base = name.trim() || 'Untitled draft';
  const taken = new Set(drafts.filter((d) => d.id !== exceptId).map((d) => d.name));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base} (${n})`)) n += 1;
  return `${base} (${n})`;
}

/** Adds `draft` under a (made unique) name at the top of the list; returns the new list and entry. */
export function saveDraftAs(
  drafts: NamedDraft[],
  name: string,
  draft: Draft,
  now: Date = new Date(),
): { drafts: NamedDraft[]; saved: NamedDraft } {
  const saved: NamedDraft = {
    id: newDraftId(),
    name: uniqueName(drafts, name),
    savedAt: now.toISOString(),
    draft,
  };
  return { drafts: [saved, ...drafts], saved };
}

/** Replaces the draft kept under `id` with `draft` (same name), or leaves the list as it is. */
export function overwriteDraft(drafts: NamedDraft[], id: string, draft: Draft, now: Date = new Date()) {
  return drafts.map((d) => (d.id === id ? { ...d, draft, savedAt: now.toISOString() } : d));
}

/** Inserts a copy of the draft `id` right after it, named `… (copy)`. */
export function duplicateDraft(drafts: NamedDraft[], id: string, now: Date = new Date()): NamedDraft[] {
  const index = drafts.findIndex((d) => d.id === id);
  const source = drafts[index];
  if (!source) return drafts;
  const copy: NamedDraft = {
    ...source,
    id: newDraftId(),
    name: uniqueName(drafts, `${source.name} (copy)`),
    savedAt: now.toISOString(),
    draft: JSON.parse(JSON.stringify(source.draft)) as Draft,
  };
  return [...drafts.slice(0, index + 1), copy, ...drafts.slice(index + 1)];
}

/** Renames the draft `id` (trimmed, made unique); an empty name leaves it unchanged. */
export function renameDraft(drafts: NamedDraft[], id: string, name: string): NamedDraft[] {
  if (!name.trim()) return drafts;
  return drafts.map((d) => (d.id === id ? { ...d, name: uniqueName(drafts, name, id) } : d));
}

/** Removes the draft `id`. */
export function deleteDraft(drafts: NamedDraft[], id: string): NamedDraft[] {
  return drafts.filter((d) => d.id !== id);
}

/** Adds imported drafts after the existing ones with fresh ids and names that do not clash. */
export function mergeImported(drafts: NamedDraft[], imported: NamedDraft[]): NamedDraft[] {
  const result = [...drafts];
  for (const entry of imported) {
    result.push({ ...entry, id: newDraftId(), name: uniqueName(result, entry.name) });
  }
  return result;
}
