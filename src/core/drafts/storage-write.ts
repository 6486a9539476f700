import type { KeyValueStorage } from './format';

/** Why a storage write failed: full (quota), blocked (storage disabled, private mode) or not read back. */
export type WriteFailure = 'full' | 'blocked' | 'mismatch';

/** The outcome of a checked write. */
export type WriteResult = { ok: true } | { ok: false; reason: WriteFailure };

function failureOf(error: unknown): WriteFailure {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return name === 'QuotaExceededError' || /quota|full|exceeded/i.test(message) ? 'full' : 'blocked';
}

/** Writes `value` under `key` and reads it back; never throws, and says why the write did not hold. */
export function checkedWrite(storage: KeyValueStorage, key: string, value: string): WriteResult {
  try {
    storage.setItem(key, value);
    return storage.getItem(key) === value ? { ok: true } : { ok: false, reason: 'mismatch' };
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
  }
}

/** Removes `key` and checks it is gone; never throws. */
export function checkedRemove(storage: KeyValueStorage, key: string): WriteResult {
  try {
    storage.removeItem(key);
    return storage.getItem(key) === null ? { ok: true } : { ok: false, reason: 'mismatch' };
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
  }
}

/** Reads `key`; null when it is missing or storage is blocked. */
export function safeRead(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}
