import type { KeyValueStorage } from '../../core/drafts';

const blocked: KeyValueStorage = {
  getItem: () => null,
  setItem: () => {
    throw new Error('Storage is not available in this browser.');
  },
  removeItem: () => undefined,
  keys: () => {
    throw new Error('Storage is not available in this browser.');
  },
};

function wrap(area: () => Storage | undefined): KeyValueStorage {
  try {
    const storage = area();
    if (!storage) return blocked;
    return {
      getItem: (key) => storage.getItem(key),
      setItem: (key, value) => storage.setItem(key, value),
      removeItem: (key) => storage.removeItem(key),
      keys: () => Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k) => k !== null),
    };
  } catch {
    // Reading window.localStorage itself throws when the browser blocks storage for this site.
    return blocked;
  }
}

/** The browser's localStorage (shared by every tab), or a stand-in that refuses writes when it is blocked. */
export const localStore = (): KeyValueStorage => wrap(() => globalThis.localStorage);

/** This tab's sessionStorage (survives a reload of the tab), or the refusing stand-in. */
export const sessionStore = (): KeyValueStorage => wrap(() => globalThis.sessionStorage);

/** A fresh draft id: a UUID where the browser has one, otherwise time and randomness. */
export function newDraftId(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  if (uuid) return uuid;
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
