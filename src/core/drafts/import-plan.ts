import { contentKey } from './content-key';
import type { NamedDraft } from './format';
import { suffixedName } from './names';

/** What an import will do: the drafts to add, how many are already saved, and the ones given a new name. */
export interface ImportPlan {
  add: NamedDraft[];
  alreadySaved: number;
  renamed: { from: string; to: string }[];
}

/** The part of a saved draft the import compares against. */
export interface ExistingDraft {
  id: string;
  name: string;
  key: string;
}

/** The comparison data of a saved draft (its id, name and content key). */
export function toExisting(draft: NamedDraft): ExistingDraft {
  return { id: draft.id, name: draft.name, key: contentKey(draft.draft) };
}

/**
 * Decides, without touching storage, what importing `incoming` next to `existing` does. A draft already saved
 * (same id and content, or same name and content) is skipped, so importing a file twice adds nothing. Nothing is
 * overwritten: a different draft under a saved id gets a new id, and a name already in use becomes
 * `… (imported)`, `… (imported 2)`.
 */
export function planImport(
  existing: readonly ExistingDraft[],
  incoming: readonly NamedDraft[],
  newId: () => string,
): ImportPlan {
  const byId = new Map(existing.map((d) => [d.id, d]));
  const byNameAndContent = new Set(existing.map((d) => `${d.name}\u0000${d.key}`));
  const names = new Set(existing.map((d) => d.name));
  const plan: ImportPlan = { add: [], alreadySaved: 0, renamed: [] };
  for (const entry of incoming) {
    const key = contentKey(entry.draft);
    const sameId = byId.get(entry.id);
    if ((sameId && sameId.key === key) || byNameAndContent.has(`${entry.name}\u0000${key}`)) {
      plan.alreadySaved += 1;
      continue;
    }
    const id = sameId ? newId() : entry.id;
    const name = names.has(entry.name) ? suffixedName(names, entry.name, 'imported') : entry.name;
    if (name !== entry.name) plan.renamed.push({ from: entry.name, to: name });
    const added: NamedDraft = { ...entry, id, name, ...(sameId ? { rev: 1 } : {}) };
    plan.add.push(added);
    byId.set(id, { id, name, key });
    byNameAndContent.add(`${name}\u0000${key}`);
    byNameAndContent.add(`${entry.name}\u0000${key}`);
    names.add(name);
  }
  return plan;
}
