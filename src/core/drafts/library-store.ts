import type { KeyValueStorage, NamedDraft } from './format';
import { migrateDrafts } from './migrate';
import { decodeRecord, draftKey, encodeRecord, idFromKey } from './record-codec';
import { readEntries } from './read-entries';
import { checkedRemove, checkedWrite, safeRead, type WriteResult } from './storage-write';

/** Local-storage key of the version-1 store (all drafts in one envelope), migrated on first read. */
export const LEGACY_DRAFTS_KEY = 'rcc.drafts.v1';

/** The saved drafts found in storage, what could not be read, and whether storage answered at all. */
export interface Library {
  drafts: NamedDraft[];
  /** Keys whose data is damaged: left untouched in storage, reported once. */
  damagedKeys: string[];
  /** Set when storage refused to be read (blocked). */
  blocked: boolean;
  /** Set when a version-1 store was found; `failed` when it could not be moved to the current format. */
  migration?: { count: number; failed: boolean };
}

function allKeys(storage: KeyValueStorage): string[] | null {
  try {
    return storage.keys();
  } catch {
    return null;
  }
}

/** Reads the stored draft `id`; null when it is not there or damaged. */
export function readDraft(storage: KeyValueStorage, id: string): NamedDraft | null {
  const raw = safeRead(storage, draftKey(id));
  return raw === null ? null : decodeRecord(id, raw);
}

/** Writes the draft record and checks it by reading it back. */
export function writeDraft(storage: KeyValueStorage, record: NamedDraft): WriteResult {
  return checkedWrite(storage, draftKey(record.id), encodeRecord(record));
}

/** Removes the draft `id` from storage and checks it is gone. */
export function removeDraft(storage: KeyValueStorage, id: string): WriteResult {
  return checkedRemove(storage, draftKey(id));
}

function migrateLegacy(storage: KeyValueStorage, known: Set<string>, now: Date, newId: () => string) {
  const raw = safeRead(storage, LEGACY_DRAFTS_KEY);
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { drafts: [], failed: true, damaged: true };
  }
  const migrated = migrateDrafts(parsed);
  const entries = migrated.ok ? readEntries(migrated.payload.drafts, now, newId, { lenient: true }) : null;
  if (!entries?.ok) return { drafts: [], failed: true, damaged: true };
  const written: NamedDraft[] = [];
  for (const record of entries.drafts) {
    if (known.has(record.id)) continue;
    if (!writeDraft(storage, record).ok) {
      // Not enough room for both copies: undo, keep the old store, show the drafts from memory.
      for (const done of written) removeDraft(storage, done.id);
      return { drafts: entries.drafts.filter((d) => !known.has(d.id)), failed: true, damaged: false };
    }
    written.push(record);
  }
  checkedRemove(storage, LEGACY_DRAFTS_KEY);
  return { drafts: written, failed: false, damaged: false };
}

/**
 * Reads every saved draft (one key each), newest first; never throws. A version-1 store is moved to one key
 * per draft (and removed only once every draft reads back); damaged records are left in place and listed.
 */
export function readLibrary(storage: KeyValueStorage, now: Date, newId: () => string): Library {
  const keys = allKeys(storage);
  if (keys === null) return { drafts: [], damagedKeys: [], blocked: true };
  const drafts: NamedDraft[] = [];
  const damagedKeys: string[] = [];
  for (const key of keys) {
    const id = idFromKey(key);
    if (id === null) continue;
    const raw = safeRead(storage, key);
    const record = raw === null ? null : decodeRecord(id, raw);
    if (record) drafts.push(record);
    else damagedKeys.push(key);
  }
  const legacy = migrateLegacy(storage, new Set(drafts.map((d) => d.id)), now, newId);
  if (legacy) drafts.push(...legacy.drafts);
  if (legacy?.damaged) damagedKeys.push(LEGACY_DRAFTS_KEY);
  drafts.sort(newestFirst);
  return {
    drafts,
    damagedKeys,
    blocked: false,
    ...(legacy && !legacy.damaged
      ? { migration: { count: legacy.drafts.length, failed: legacy.failed } }
      : {}),
  };
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Orders saved drafts newest save first, then by name (plain code-unit order: fast for thousands). */
export function newestFirst(a: NamedDraft, b: NamedDraft): number {
  return order(b.savedAt, a.savedAt) || order(a.name, b.name) || order(a.id, b.id);
}
