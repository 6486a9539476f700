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
});
