import { coerceDraft } from '../template';
import type { Draft } from '../event';
import { toEnvelope, type KeyValueStorage, type NamedDraft } from './format';
import { migrateDrafts } from './migrate';
import { newDraftId } from './new-id';

/** Local-storage key of the named drafts envelope. */
export const NAMED_DRAFTS_KEY = 'rcc.drafts.v1';
/** Where unreadable stored data is moved so it is never silently lost. */
export const CORRUPT_SUFFIX = '.unreadable-backup';

/** Named drafts read from storage, plus a sentence for the marketer when something had to be set aside. */
export interface StoredDrafts {
  drafts: NamedDraft[];
  notice?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function backup(storage: KeyValueStorage, key: string, raw: string): void {
  try {
    storage.setItem(key + CORRUPT_SUFFIX, raw);
  } catch {
    // Storage full: the notice still tells the marketer; nothing else can be done here.
  }
}

/**
 * Reads the named drafts from storage; never throws. Damaged data is copied to a backup key and
 * gives a notice; an entry that cannot be read is skipped (and counted) rather than dropping the rest.
 */
export function readNamedDrafts(storage: KeyValueStorage, key = NAMED_DRAFTS_KEY): StoredDrafts {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { drafts: [], notice: 'Saved drafts are unavailable: this browser blocks local storage.' };
  }
  if (raw === null) return { drafts: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const migrated = parsed === undefined ? null : migrateDrafts(parsed);
  if (!migrated?.ok) {
    backup(storage, key, raw);
    return {
      drafts: [],
      notice: `Your saved drafts could not be read (the stored data is damaged). A copy was kept under "${key + CORRUPT_SUFFIX}"; the list starts empty.`,
    };
  }
  const drafts: NamedDraft[] = [];
  let skipped = 0;
  for (const [index, entry] of migrated.payload.drafts.entries()) {
    if (!isRecord(entry) || !isRecord(entry.draft)) {
      skipped += 1;
      continue;
    }
    const { id, name, savedAt, draft, ...extra } = entry;
    const coerced: Draft = { ...draft, ...coerceDraft(draft) };
    drafts.push({
      ...extra,
      id: typeof id === 'string' && id ? id : newDraftId(),
      name: typeof name === 'string' && name.trim() ? name : coerced.title || `Draft ${index + 1}`,
      savedAt: typeof savedAt === 'string' ? savedAt : new Date(0).toISOString(),
      draft: coerced,
    });
  }
  if (skipped > 0) {
    backup(storage, key, raw);
    const what = skipped === 1 ? '1 saved draft was' : `${skipped} saved drafts were`;
    return { drafts, notice: `${what} damaged and set aside (a copy was kept in local storage).` };
  }
  return { drafts };
}

/** Writes the named drafts as the current envelope; returns an error sentence when storage refuses. */
export function writeNamedDrafts(
  storage: KeyValueStorage,
  drafts: NamedDraft[],
  key = NAMED_DRAFTS_KEY,
): { ok: true } | { ok: false; error: string } {
  try {
    storage.setItem(key, JSON.stringify(toEnvelope(drafts)));
    return { ok: true };
  } catch {
    return { ok: false, error: 'The drafts could not be saved: local storage is full or blocked.' };
  }
}
