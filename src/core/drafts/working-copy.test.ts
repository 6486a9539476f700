import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../event';
import { decodeWorkingCopy, encodeWorkingCopy, type WorkingCopy } from './working-copy';

describe('working copy', () => {
  it('round-trips the open draft, its revision and half-typed values', () => {
    const copy: WorkingCopy = {
      docId: 'd1',
      name: 'Sale',
      rev: 3,
      baseKey: '{"title":"x"}',
      draft: { ...defaultDraft(), start: '2027-0' },
    };
    expect(decodeWorkingCopy(encodeWorkingCopy(copy))).toEqual(copy);
  });

  it.each([
    [
      'the version-1 autosave envelope',
      { format: 'rokt-calendar-composer/autosave', version: 1, draft: { title: 'Old' } },
    ],
    ['a bare draft', { title: 'Old' }],
  ])('reads %s as an untitled document', (_case, stored) => {
    expect(decodeWorkingCopy(JSON.stringify(stored))).toMatchObject({
      docId: null,
      rev: 0,
      draft: { title: 'Old' },
    });
  });

  it.each([
    ['not JSON', '{'],
    ['a number', '3'],
  ])('returns null for %s', (_case, raw) => {
    expect(decodeWorkingCopy(raw)).toBeNull();
  });

  it.each([
    [
      'an untitled copy',
      { docId: null, name: 'x', rev: 4, baseKey: 'k' },
      { docId: null, name: null, rev: 0, baseKey: 'k' },
    ],
    [
      'an empty document id',
      { docId: '', name: 'x', rev: 4 },
      { docId: null, name: null, rev: 0, baseKey: null },
    ],
    [
      'a numeric document id',
      { docId: 7, name: 'x', rev: 4 },
      { docId: null, name: null, rev: 0, baseKey: null },
    ],
    [
      'a name that is not text',
      { docId: 'd', name: 5, rev: 4 },
      { docId: 'd', name: null, rev: 4, baseKey: null },
    ],
    [
      'a revision that is not a number',
      { docId: 'd', name: 'S', rev: '4' },
      { docId: 'd', name: 'S', rev: 0, baseKey: null },
    ],
    [
      'a base key that is not text',
      { docId: 'd', name: 'S', rev: 1, baseKey: 3 },
      { docId: 'd', name: 'S', rev: 1, baseKey: null },
    ],
  ])('reads %s', (_case, fields, expected) => {
    const copy = decodeWorkingCopy(JSON.stringify({ v: 2, ...fields, draft: { title: 'T' } }));
    expect(copy).toMatchObject({ ...expected, draft: { title: 'T' } });
  });

  it.each([
    ['a list', '[]'],
    ['an autosave envelope without a draft', '{"format":"rokt-calendar-composer/autosave","draft":"x"}'],
    ['an autosave envelope with a list', '{"format":"rokt-calendar-composer/autosave","draft":[]}'],
  ])('returns null for %s', (_case, raw) => {
    expect(decodeWorkingCopy(raw)).toBeNull();
  });

  it('reads a version-2 copy without a draft object as a bare draft', () => {
    expect(decodeWorkingCopy('{"v":2,"docId":"d","title":"Bare"}')).toMatchObject({
      docId: null,
      draft: { title: 'Bare' },
    });
  });
});
