import {
  checkedRemove,
  checkedWrite,
  decodeRecord,
  draftKey,
  encodeRecord,
  idFromKey,
  newestFirst,
  readLibrary,
  removeDraft,
  writeDraft,
  type KeyValueStorage,
  type Library,
  type NamedDraft,
  type WriteResult,
} from '../../core/drafts';
import { newDraftId } from './browser-storage';

type ChangeListener = (id: string, record: NamedDraft | null) => void;

/** How many changed records from another tab are read per task, so a big import elsewhere never freezes this one. */
const SYNC_CHUNK = 400;

/**
 * The saved drafts of this browser, kept in memory and in step with storage: this tab's writes go through it,
 * other tabs' writes arrive through the `storage` event and are read in small chunks.
 */
export class DraftsLibrary {
  readonly startup: Library;
  private readonly records = new Map<string, NamedDraft>();
  private readonly listeners = new Set<() => void>();
  private readonly changeListeners = new Set<ChangeListener>();
  private sorted: NamedDraft[] | null = null;
  private queue: { id: string; value: string | null }[] = [];
  private draining = false;

  constructor(private readonly storage: KeyValueStorage) {
    this.startup = readLibrary(storage, new Date(), newDraftId);
    for (const record of this.startup.drafts) this.records.set(record.id, record);
  }

  /** Every saved draft, newest first (the same array until something changes). */
  list = (): NamedDraft[] => {
    this.sorted ??= [...this.records.values()].sort(newestFirst);
    return this.sorted;
  };

  get(id: string): NamedDraft | null {
    return this.records.get(id) ?? null;
  }

  /** The stored draft `id` as it is in storage right now (another tab may have changed it). */
  fresh(id: string): NamedDraft | null {
    let raw: string | null;
    try {
      raw = this.storage.getItem(draftKey(id));
    } catch {
      return this.get(id);
    }
    const record = raw === null ? null : decodeRecord(id, raw);
    this.set(id, record);
    return record;
  }

  names(): Set<string> {
    return new Set([...this.records.values()].map((r) => r.name));
  }

  /** Every saved draft as stored text, for the import worker's duplicate check. */
  encoded(): string[] {
    return [...this.records.values()].map((r) => `${r.id}\n${encodeRecord(r)}`);
  }

  /** Writes (and reads back) a draft; the list changes only when storage took it. */
  put(record: NamedDraft): WriteResult {
    const result = writeDraft(this.storage, record);
    if (result.ok) this.set(record.id, record);
    return result;
  }

  /** Removes a draft from storage and from the list. */
  remove(id: string): WriteResult {
    const result = removeDraft(this.storage, id);
    if (result.ok) this.set(id, null);
    return result;
  }

  /** Writes a draft's stored text as an import prepared it (read back); the list changes on addWritten. */
  writeRaw(id: string, value: string): WriteResult {
    return checkedWrite(this.storage, draftKey(id), value);
  }

  /** Removes a draft an import wrote before it had to give up. */
  removeRaw(id: string): void {
    checkedRemove(this.storage, draftKey(id));
  }

  /** Records drafts an import wrote itself (already in storage and read back). */
  addWritten(records: readonly NamedDraft[]): void {
    for (const record of records) this.records.set(record.id, record);
    this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Calls `listener` for each draft another tab changed (null: deleted). */
  onChange(listener: ChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Follows other tabs through the `storage` event until the returned function is called. */
  connect(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, area: Storage | null) {
    const onStorage = (event: StorageEvent) => {
      if (area && event.storageArea !== area) return;
      if (event.key === null) {
        for (const id of [...this.records.keys()]) this.queue.push({ id, value: null });
      } else {
        const id = idFromKey(event.key);
        if (id === null) return;
        this.queue.push({ id, value: event.newValue });
      }
      this.drain();
    };
    target.addEventListener('storage', onStorage);
    return () => target.removeEventListener('storage', onStorage);
  }

  private drain(): void {
    if (this.draining) return;
    this.draining = true;
    setTimeout(() => {
      this.draining = false;
      const batch = this.queue.splice(0, SYNC_CHUNK);
      for (const { id, value } of batch) {
        const record = value === null ? null : decodeRecord(id, value);
        this.set(id, record, false);
        for (const listener of this.changeListeners) listener(id, record);
      }
      this.changed();
      if (this.queue.length > 0) this.drain();
    }, 0);
  }

  private set(id: string, record: NamedDraft | null, notify = true): void {
    if (record) this.records.set(id, record);
    else this.records.delete(id);
    if (notify) this.changed();
  }

  private changed(): void {
    this.sorted = null;
    for (const listener of this.listeners) listener();
  }
}
