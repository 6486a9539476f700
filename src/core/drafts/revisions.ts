import type { Draft } from '../event';
import { contentKey } from './content-key';
import type { NamedDraft } from './format';
import { suffixedName } from './names';

/** What a tab knows about the draft it has open: the revision it last loaded or saved, and that content. */
export interface SaveBase {
  id: string;
  name: string;
  rev: number;
  /** contentKey of the draft at `rev`; null when unknown. */
  baseKey: string | null;
}

/** Everything decideSave needs; `stored` is the record as it is in storage right now (null: not there). */
export interface SaveRequest {
  stored: NamedDraft | null;
  base: SaveBase;
  draft: Draft;
  now: Date;
  /** Names of every saved draft, for the name of a conflict copy. */
  takenNames: ReadonlySet<string>;
  newId(): string;
}

/** The outcome of a save: write `record`, nothing to write, or keep both versions. */
export type SaveDecision =
  | { kind: 'write'; record: NamedDraft; recreated: boolean }
  | { kind: 'unchanged'; record: NamedDraft }
  | { kind: 'conflict'; theirs: NamedDraft; copy: NamedDraft };

/**
 * The revision rule: a save never overwrites a revision it has not seen. It writes rev + 1 over the revision it
 * is based on; over a newer revision it writes only when that revision changed nothing but the name; when
 * the newer revision already holds the same content there is nothing to write; otherwise both are kept: the
 * stored one untouched and this content as a new draft named `… (conflict copy)`.
 */
export function decideSave({ stored, base, draft, now, takenNames, newId }: SaveRequest): SaveDecision {
  const savedAt = now.toISOString();
  if (!stored) {
    return {
      kind: 'write',
      record: { id: base.id, name: base.name, rev: base.rev + 1, savedAt, draft },
      recreated: true,
    };
  }
  if (stored.rev <= base.rev) {
    return {
      kind: 'write',
      record: { ...stored, rev: base.rev + 1, savedAt, draft },
      recreated: false,
    };
  }
  const storedKey = contentKey(stored.draft);
  if (storedKey === contentKey(draft)) return { kind: 'unchanged', record: stored };
  if (base.baseKey !== null && storedKey === base.baseKey) {
    return {
      kind: 'write',
      record: { ...stored, rev: stored.rev + 1, savedAt, draft },
      recreated: false,
    };
  }
  const copy: NamedDraft = {
    id: newId(),
    name: suffixedName(takenNames, stored.name, 'conflict copy'),
    rev: 1,
    savedAt,
    draft,
  };
  return { kind: 'conflict', theirs: stored, copy };
}

/** What a tab should do when the draft it has open changed in storage (another tab saved, renamed or deleted it). */
export type RemoteChange =
  | { kind: 'ignore' }
  | { kind: 'follow'; record: NamedDraft }
  | { kind: 'renamed'; record: NamedDraft }
  | { kind: 'warn-changed'; record: NamedDraft }
  | { kind: 'warn-deleted' };

/**
 * Decides how an open draft follows a change made elsewhere: a revision it has already seen is ignored; a
 * rename alone is taken over; new content replaces the form only when the form has no unsaved changes,
 * otherwise the marketer is warned (and a later save keeps both). A deletion always warns.
 */
export function remoteChange(base: SaveBase, current: Draft, stored: NamedDraft | null): RemoteChange {
  if (!stored) return { kind: 'warn-deleted' };
  if (stored.rev <= base.rev && stored.name === base.name) return { kind: 'ignore' };
  const storedKey = contentKey(stored.draft);
  const currentKey = contentKey(current);
  if (storedKey === currentKey) return { kind: 'follow', record: stored };
  if (storedKey === base.baseKey) return { kind: 'renamed', record: stored };
  const dirty = base.baseKey === null || currentKey !== base.baseKey;
  return dirty ? { kind: 'warn-changed', record: stored } : { kind: 'follow', record: stored };
}
