import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from './format';
import { memoryStorage } from './memory-storage';
import { checkedRemove, checkedWrite, safeRead } from './storage-write';

/** A storage whose every call throws `error`. */
const throwing = (error: unknown): KeyValueStorage => ({
  getItem: () => {
    throw error;
  },
  setItem: () => {
    throw error;
  },
  removeItem: () => {
    throw error;
  },
  keys: () => [],
});
const named = (name: string, message: string) => Object.assign(new Error(message), { name });
/** A storage that accepts writes and removals but keeps what it had. */
const forgetful: KeyValueStorage = {
  getItem: () => 'old',
  setItem: () => {},
  removeItem: () => {},
  keys: () => [],
};

describe('checked storage writes', () => {
  it.each([
    ['a quota error', named('QuotaExceededError', 'x'), 'full'],
    ['a message about the quota', new Error('Storage quota reached'), 'full'],
    ['a full disk', new Error('The disk is FULL'), 'full'],
    ['an exceeded limit', 'limit exceeded', 'full'],
    ['a security error', named('SecurityError', 'The operation is insecure.'), 'blocked'],
    ['a thrown string', 'denied', 'blocked'],
    ['a thrown object with a name', { name: 'QuotaExceededError' }, 'full'],
    ['null', null, 'blocked'],
  ])('says why a write failed: %s', (_name, error, reason) => {
    expect(checkedWrite(throwing(error), 'k', 'v')).toEqual({ ok: false, reason });
    expect(checkedRemove(throwing(error), 'k')).toEqual({ ok: false, reason });
  });

  it('writes, reads back and removes', () => {
    const storage = memoryStorage();
    expect(checkedWrite(storage, 'k', 'v')).toEqual({ ok: true });
    expect(safeRead(storage, 'k')).toBe('v');
    expect(checkedRemove(storage, 'k')).toEqual({ ok: true });
    expect(safeRead(storage, 'k')).toBeNull();
  });

  it('notices a write or removal that did not hold', () => {
    expect(checkedWrite(forgetful, 'k', 'new')).toEqual({ ok: false, reason: 'mismatch' });
    expect(checkedRemove(forgetful, 'k')).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('fills up at its quota', () => {
    expect(checkedWrite(memoryStorage({}, 5), 'k', 'vvvvv')).toEqual({ ok: false, reason: 'full' });
    expect(safeRead(throwing(new Error('blocked')), 'k')).toBeNull();
  });
});
