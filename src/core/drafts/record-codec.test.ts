import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../event';
import type { NamedDraft } from './format';
import { decodeRecord, draftKey, encodeRecord, expandDraft, idFromKey } from './record-codec';

const SAVED = '2026-05-01T10:00:00.000Z';
const record = (draft = defaultDraft()): NamedDraft => ({
  id: 'a',
  name: 'Launch',
  rev: 3,
  savedAt: SAVED,
  draft,
});

describe('the stored form of a draft', () => {
  it('leaves out the fields and options equal to their defaults', () => {
    expect(JSON.parse(encodeRecord(record()))).toEqual({
      v: 2,
      name: 'Launch',
      rev: 3,
      savedAt: SAVED,
      draft: {
        eventId: 'Event_0001',
        title: 'Event Title',
        description: 'Event Description',
        location: 'Event Location',
        start: '2027-02-21T15:00',
        end: '2027-02-21T16:00',
        timezone: 'Eastern Standard Time',
        notifyBefore: 15,
        credentialName: 'Rokt-Calendar-API',
      },
    });
  });

  it('keeps what differs from a default, option by option', () => {
    const draft = {
      ...defaultDraft(),
      mode: 'update' as const,
      description: '',
      location: '',
      allDay: true,
      options: { ...defaultDraft().options, updateShape: 'flat' as const, endOccurrence: 'later' as const },
    };
    const stored = JSON.parse(encodeRecord(record(draft))).draft;
    expect(stored).toMatchObject({
      mode: 'update',
      allDay: true,
      options: { updateShape: 'flat', endOccurrence: 'later' },
    });
    expect(Object.keys(stored)).not.toContain('description');
    expect(Object.keys(stored.options)).toEqual(['updateShape', 'endOccurrence']);
    expect(decodeRecord('a', encodeRecord(record(draft)))).toEqual(record(draft));
  });

  it('fills an empty stored draft with the defaults', () => {
    expect(expandDraft({})).toEqual({ ...defaultDraft(), description: '', location: '' });
    expect(expandDraft({ options: 'none', title: 'T' })).toEqual({
      ...defaultDraft(),
      title: 'T',
      description: '',
      location: '',
    });
  });
});

describe('draft keys', () => {
  it.each([
    ['rcc.draft.abc', 'abc'],
    ['rcc.draft.a.b', 'a.b'],
    ['rcc.draft.', null],
    ['rcc.draft', null],
    ['rcc.drafts', null],
    ['x.rcc.draft.abc', null],
    ['theme', null],
  ])('%s → %j', (key, id) => {
    expect(idFromKey(key)).toBe(id);
  });

  it('round-trips an id', () => {
    expect(draftKey('abc')).toBe('rcc.draft.abc');
    expect(idFromKey(draftKey('x-1'))).toBe('x-1');
  });
});

describe('decodeRecord', () => {
  const stored = { v: 2, name: 'Launch', rev: 3, savedAt: SAVED, draft: {} };
  it.each([
    ['a record without savedAt', { ...stored, savedAt: undefined }, '1970-01-01T00:00:00.000Z'],
    ['a record with a numeric savedAt', { ...stored, savedAt: 5 }, '1970-01-01T00:00:00.000Z'],
    ['a whole record', stored, SAVED],
  ])('reads %s', (_name, value, savedAt) => {
    expect(decodeRecord('a', JSON.stringify(value))).toMatchObject({
      id: 'a',
      name: 'Launch',
      rev: 3,
      savedAt,
    });
  });

  it.each([
    ['a list', [stored]],
    ['a draft that is a list', { ...stored, draft: [] }],
    ['no version', { ...stored, v: '2' }],
    ['no name', { ...stored, name: undefined }],
    ['a blank name', { ...stored, name: '  ' }],
    ['a revision 0', { ...stored, rev: 0 }],
    ['a fractional revision', { ...stored, rev: 1.5 }],
    ['a revision as text', { ...stored, rev: '3' }],
  ])('refuses %s', (_name, value) => {
    expect(decodeRecord('a', JSON.stringify(value))).toBeNull();
  });
});
