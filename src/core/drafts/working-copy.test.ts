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
});
