import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../event';
import { coerceDraft } from './coerce-draft';

describe('coerceDraft', () => {
  it.each([null, undefined, 42, 'draft', [], true])('gives the default draft for %j', (value) => {
    expect(coerceDraft(value)).toEqual(defaultDraft());
  });

  it('keeps every string the user typed, even ones the schema rejects', () => {
    const d = coerceDraft({
      title: '',
      eventId: '  spaced  ',
      start: 'tomorrow',
      timezone: 'Mars/Olympus',
      credentialName: 'has space',
    });
    expect(d).toMatchObject({
      title: '',
      eventId: '  spaced  ',
      start: 'tomorrow',
      timezone: 'Mars/Olympus',
      credentialName: 'has space',
    });
    expect(d.end).toBe(defaultDraft().end);
  });

  it.each([
    [30, 30],
    ['45', 45],
    [Number.NaN, Number.NaN],
    ['soon', Number.NaN],
    ['', Number.NaN],
    [null, 15],
  ])('reads the reminder %j as %j', (value, expected) => {
    expect(coerceDraft({ notifyBefore: value }).notifyBefore).toBe(expected);
  });

  it('fills missing or mistyped options one by one', () => {
    const d = coerceDraft({
      mode: 'update',
      allDay: 'yes',
      options: { updateShape: 'flat', appendUserId: 'no' },
    });
    expect(d.mode).toBe('update');
    expect(d.allDay).toBe(false);
    expect(d.options).toEqual({ ...defaultDraft().options, updateShape: 'flat' });
  });

  it('ignores an unknown mode', () => {
    expect(coerceDraft({ mode: 'delete' }).mode).toBe('create');
  });

  it('keeps a whole draft whose every field differs from the default', () => {
    const draft = {
      mode: 'update' as const,
      eventId: 'Launch_2027',
      title: 'Launch',
      description: 'Doors at six',
      location: 'Main hall',
      start: '2027-11-07T01:30',
      end: '2027-11-07T01:45',
      allDay: true,
      timezone: 'Romance Standard Time',
      notifyBefore: 90,
      credentialName: 'Rokt-Prod',
      options: {
        quoteNotifyBefore: true,
        updateShape: 'flat' as const,
        appendUserId: false,
        abortWithoutSubscriptions: false,
        startOccurrence: 'later' as const,
        endOccurrence: 'later' as const,
      },
    };
    expect(coerceDraft(draft)).toEqual(draft);
    expect(
      coerceDraft({ ...draft, mode: 'create', options: { ...draft.options, updateShape: 'nested' } }),
    ).toMatchObject({
      mode: 'create',
      options: { updateShape: 'nested' },
    });
  });

  it('replaces each mistyped field with the default', () => {
    const wrong = {
      mode: 'Update',
      allDay: 1,
      options: {
        quoteNotifyBefore: 'true',
        updateShape: 'Flat',
        appendUserId: 0,
        abortWithoutSubscriptions: null,
        startOccurrence: 'Later',
        endOccurrence: '',
      },
    };
    expect(coerceDraft(wrong)).toEqual(defaultDraft());
  });

  it.each([
    [' 45 ', 45],
    ['-5', -5],
    ['2.5', 2.5],
    ['x45', Number.NaN],
    ['45x', Number.NaN],
    ['45 min', Number.NaN],
    ['2.', Number.NaN],
    ['2.x', Number.NaN],
    ['1e3', Number.NaN],
    ['0x10', Number.NaN],
  ])('reads the typed reminder %j as %j', (value, expected) => {
    expect(coerceDraft({ notifyBefore: value }).notifyBefore).toBe(expected);
  });
});
