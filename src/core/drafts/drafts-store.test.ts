import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../event';
import { AUTOSAVE_KEY, readAutosave, writeAutosave } from './autosave-store';
import { CORRUPT_SUFFIX, NAMED_DRAFTS_KEY, readNamedDrafts, writeNamedDrafts } from './drafts-store';
import { DRAFTS_FORMAT, type KeyValueStorage } from './format';
import { deleteDraft, duplicateDraft, renameDraft, saveDraftAs } from './named-drafts';

function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}
const now = new Date('2026-06-01T12:00:00Z');

describe('named drafts in storage', () => {
  it('round-trips through the versioned envelope', () => {
    const storage = memoryStorage();
    const { drafts } = saveDraftAs([], 'Summer sale', defaultDraft(), now);
    writeNamedDrafts(storage, drafts);
    const stored = JSON.parse(storage.data.get(NAMED_DRAFTS_KEY) ?? '');
    expect(stored).toMatchObject({ format: DRAFTS_FORMAT, version: 1 });
    expect(readNamedDrafts(storage).drafts.map((d) => d.name)).toEqual(['Summer sale']);
  });

  it('save, duplicate, rename and delete keep names unique', () => {
    let list = saveDraftAs([], 'Sale', defaultDraft(), now).drafts;
    list = saveDraftAs(list, 'Sale', defaultDraft(), now).drafts;
    expect(list.map((d) => d.name)).toEqual(['Sale (2)', 'Sale']);
    list = duplicateDraft(list, list[1]!.id, now);
    expect(list.map((d) => d.name)).toEqual(['Sale (2)', 'Sale', 'Sale (copy)']);
    list = renameDraft(list, list[2]!.id, 'Sale');
    expect(list[2]!.name).toBe('Sale (3)');
    list = deleteDraft(list, list[0]!.id);
    expect(list.map((d) => d.name)).toEqual(['Sale', 'Sale (3)']);
  });

  it.each([
    ['not JSON', '{{{oops'],
    ['the wrong format', JSON.stringify({ format: 'x', version: 1, drafts: [] })],
    ['a string', JSON.stringify('hello')],
  ])('falls back to an empty list with a notice when the stored data is %s, keeping a copy', (_n, raw) => {
    const storage = memoryStorage({ [NAMED_DRAFTS_KEY]: raw });
    const result = readNamedDrafts(storage);
    expect(result.drafts).toEqual([]);
    expect(result.notice).toMatch(/could not be read/);
    expect(storage.data.get(NAMED_DRAFTS_KEY + CORRUPT_SUFFIX)).toBe(raw);
  });

  it('skips a damaged entry but keeps the others, and keeps half-typed values', () => {
    const raw = JSON.stringify({
      format: DRAFTS_FORMAT,
      version: 1,
      drafts: [
        { id: 'a', name: 'Good', savedAt: now.toISOString(), draft: { ...defaultDraft(), title: '' } },
        'garbage',
      ],
    });
    const result = readNamedDrafts(memoryStorage({ [NAMED_DRAFTS_KEY]: raw }));
    expect(result.drafts.map((d) => d.name)).toEqual(['Good']);
    expect(result.drafts[0]?.draft.title).toBe('');
    expect(result.notice).toMatch(/1 saved draft was damaged/);
  });

  it('reports storage that refuses to write', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(writeNamedDrafts(storage, [])).toEqual({ ok: false, error: expect.stringMatching(/full/) });
  });
});

describe('autosave', () => {
  it('returns the saved draft, even when it is not valid yet', () => {
    const storage = memoryStorage();
    writeAutosave(storage, { ...defaultDraft(), title: '', start: '2026-07' }, now);
    const { draft } = readAutosave(storage);
    expect(draft).toMatchObject({ title: '', start: '2026-07' });
  });

  it('returns null without a notice when nothing was saved', () => {
    expect(readAutosave(memoryStorage())).toEqual({ draft: null });
  });

  it.each([
    ['not JSON', 'nope{'],
    ['a number', '3'],
  ])('gives a notice when the stored data is %s', (_n, raw) => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: raw });
    const result = readAutosave(storage);
    expect(result.draft).toBeNull();
    expect(result.notice).toMatch(/could not be read/);
    expect(storage.data.get(AUTOSAVE_KEY + CORRUPT_SUFFIX)).toBe(raw);
  });

  it('fills a draft with wrong field types from the defaults instead of crashing', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: JSON.stringify({ title: 42, notifyBefore: 'x' }) });
    const { draft } = readAutosave(storage);
    expect(typeof draft?.title).toBe('string');
    expect(typeof draft?.notifyBefore).toBe('number');
  });
});
