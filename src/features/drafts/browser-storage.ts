import type { KeyValueStorage } from '../../core/drafts';

const noStorage: KeyValueStorage = {
  getItem: () => null,
  setItem: () => {
    throw new Error('Local storage is not available.');
  },
  removeItem: () => undefined,
};

/** The browser's localStorage, or a stand-in that stores nothing when the browser blocks it. */
export function browserStorage(): KeyValueStorage {
  try {
    return globalThis.localStorage ?? noStorage;
  } catch {
    return noStorage;
  }
}
