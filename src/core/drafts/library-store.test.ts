import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../event';
import { DRAFTS_FORMAT, type NamedDraft } from './format';
import {
  LEGACY_DRAFTS_KEY,
  newestFirst,
  readDraft,
  readLibrary,
  removeDraft,
  writeDraft,
} from './library-store';
import { memoryStorage } from './memory-storage';
import { decodeRecord, draftKey, encodeRecord } from './record-codec';

const now = new Date('2026-11-28T12:00:00Z');
let n = 0;
const newId = () => `gen-${(n += 1)}`;
const named = (id: string, name: string, savedAt = '2026-11-01T00:00:00.000Z'): NamedDraft => ({
  id,
  name,
  rev: 1,
  savedAt,
  draft: { ...defaultDraft(), title: name },
});

describe('stored draft records', () => {
  it('round-trip, leaving schema defaults out but keeping everything else', () => {
    const record = { ...named('a', 'Sale'), draft: { ...named('a', 'Sale').draft, description: '' } };
    const text = encodeRecord(record);
    expect(text).not.toContain('"description"');
    expect(text).not.toContain('"options"');
    expect(decodeRecord('a', text)).toEqual(record);
  });

  it('keeps half-typed values and fields from a newer version', () => {
    const record = { ...named('a', 'Sale'), draft: { ...defaultDraft(), start: '2027-0', colour: 'teal' } };
    expect(decodeRecord('a', encodeRecord(record))?.draft).toMatchObject({ start: '2027-0', colour: 'teal' });
  });

  it.each([
    ['not JSON', '{'],
    ['no name', '{"v":2,"rev":1,"draft":{}}'],
    ['rev 0', '{"v":2,"name":"x","rev":0,"draft":{}}'],
  ])('rejects a damaged record (%s)', (_case, raw) => expect(decodeRecord('a', raw)).toBeNull());
});

describe('the drafts library in storage', () => {
  it('writes one key per draft, reads them back newest first and removes one', () => {
    const storage = memoryStorage();
    expect(writeDraft(storage, named('a', 'Older', '2026-01-01T00:00:00.000Z'))).toEqual({ ok: true });
    expect(writeDraft(storage, named('b', 'Newer', '2026-02-01T00:00:00.000Z'))).toEqual({ ok: true });
    expect(readLibrary(storage, now, newId).drafts.map((d) => d.name)).toEqual(['Newer', 'Older']);
    expect(removeDraft(storage, 'a')).toEqual({ ok: true });
    expect(readDraft(storage, 'a')).toBeNull();
    expect(readDraft(storage, 'b')?.name).toBe('Newer');
  });

  it('reports a full storage and leaves the stored data as it was', () => {
    const storage = memoryStorage({}, 600);
    expect(writeDraft(storage, named('a', 'Fits'))).toEqual({ ok: true });
    expect(writeDraft(storage, named('b', 'Does not fit'))).toEqual({ ok: false, reason: 'full' });
    expect(storage.keys()).toEqual([draftKey('a')]);
  });

  it('catches a write that does not read back', () => {
    const storage = memoryStorage();
    storage.setItem = () => undefined; // a browser that silently drops writes
    expect(writeDraft(storage, named('a', 'Lost'))).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('reports storage that refuses to be read', () => {
    const storage = memoryStorage();
    storage.keys = () => {
      throw new Error('SecurityError: access denied');
    };
    expect(readLibrary(storage, now, newId)).toMatchObject({ drafts: [], blocked: true });
  });

  it('leaves a damaged record in place and lists its key', () => {
    const storage = memoryStorage({ [draftKey('bad')]: '{{{' });
    writeDraft(storage, named('a', 'Good'));
    const library = readLibrary(storage, now, newId);
    expect(library.drafts.map((d) => d.name)).toEqual(['Good']);
    expect(library.damagedKeys).toEqual([draftKey('bad')]);
    expect(storage.getItem(draftKey('bad'))).toBe('{{{');
  });

  it('moves a version-1 store to one key per draft, keeping ids, then removes the old key', () => {
    const v1 = {
      format: DRAFTS_FORMAT,
      version: 1,
      drafts: [named('x', 'Old sale'), named('y', 'Old launch')],
    };
    const storage = memoryStorage({ [LEGACY_DRAFTS_KEY]: JSON.stringify(v1) });
    const library = readLibrary(storage, now, newId);
    expect(library.migration).toEqual({ count: 2, failed: false });
    expect(readDraft(storage, 'x')).toMatchObject({ name: 'Old sale', rev: 1 });
    expect(storage.getItem(LEGACY_DRAFTS_KEY)).toBeNull();
  });

  it('keeps the version-1 store when there is no room for the move, and still lists its drafts', () => {
    const v1 = JSON.stringify({
      format: DRAFTS_FORMAT,
      version: 1,
      drafts: [named('x', 'A'), named('y', 'B')],
    });
    const storage = memoryStorage({ [LEGACY_DRAFTS_KEY]: v1 }, v1.length + 500);
    const library = readLibrary(storage, now, newId);
    expect(library.migration).toEqual({ count: 2, failed: true });
    expect(library.drafts.map((d) => d.name).sort()).toEqual(['A', 'B']);
    expect(storage.getItem(LEGACY_DRAFTS_KEY)).toBe(v1);
    expect(storage.keys()).toEqual([LEGACY_DRAFTS_KEY]);
  });

  it('lists a damaged version-1 store as damaged and leaves it in place', () => {
    const storage = memoryStorage({ [LEGACY_DRAFTS_KEY]: '[[[' });
    expect(readLibrary(storage, now, newId)).toMatchObject({ drafts: [], damagedKeys: [LEGACY_DRAFTS_KEY] });
    expect(storage.getItem(LEGACY_DRAFTS_KEY)).toBe('[[[');
  });

  it('orders drafts saved at the same time by name, then by id', () => {
    const t = '2026-03-01T00:00:00.000Z';
    const drafts = [
      named('b2', 'Beta', t),
      named('a1', 'Alpha', t),
      named('b1', 'Beta', t),
      named('z', 'Zed', '2026-04-01T00:00:00.000Z'),
    ];
    expect([...drafts].sort(newestFirst).map((d) => d.id)).toEqual(['z', 'a1', 'b1', 'b2']);
    expect(
      [...drafts]
        .reverse()
        .sort(newestFirst)
        .map((d) => d.id),
    ).toEqual(['z', 'a1', 'b1', 'b2']);
    expect(newestFirst(named('a', 'A', t), named('a', 'A', t))).toBe(0);
  });

  it('skips keys that are not drafts and does not move a version-1 draft it already has', () => {
    const v1 = {
      format: DRAFTS_FORMAT,
      version: 1,
      drafts: [named('x', 'From the old store'), named('y', 'Only old')],
    };
    const storage = memoryStorage({ theme: 'dark', [LEGACY_DRAFTS_KEY]: JSON.stringify(v1) });
    writeDraft(storage, named('x', 'Already moved', '2026-11-02T00:00:00.000Z'));
    const library = readLibrary(storage, now, newId);
    expect(library.drafts.map((d) => d.name)).toEqual(['Already moved', 'Only old']);
    expect(library).toMatchObject({
      damagedKeys: [],
      blocked: false,
      migration: { count: 1, failed: false },
    });
  });

  it('lists a version-1 store of another format as damaged', () => {
    const storage = memoryStorage({ [LEGACY_DRAFTS_KEY]: JSON.stringify({ format: 'other', drafts: [] }) });
    expect(readLibrary(storage, now, newId)).toEqual({
      drafts: [],
      damagedKeys: [LEGACY_DRAFTS_KEY],
      blocked: false,
    });
  });

  it('lists no migration when there is no version-1 store', () => {
    expect(readLibrary(memoryStorage(), now, newId)).toEqual({ drafts: [], damagedKeys: [], blocked: false });
  });
});
