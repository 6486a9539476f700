import { describe, expect, it } from 'vitest';
import { DraftSchema, defaultDraft } from './draft';

/** The first message the schema gives for a draft with `changes`, or null when the draft is valid. */
function problem(changes: Record<string, unknown>): string | null {
  const result = DraftSchema.safeParse({ ...defaultDraft(), ...changes });
  return result.success ? null : (result.error.issues[0]?.message ?? 'no message');
}

describe('DraftSchema', () => {
  it.each([
    ['the default draft', {}, null],
    ['no reminder', { notifyBefore: 0 }, null],
    ['a four-week reminder, the longest', { notifyBefore: 40320 }, null],
    [
      'one minute over four weeks',
      { notifyBefore: 40321 },
      'Reminder can be at most 4 weeks (40320 minutes).',
    ],
    ['a negative reminder', { notifyBefore: -1 }, 'Reminder cannot be negative.'],
    ['a fractional reminder', { notifyBefore: 1.5 }, 'Reminder must be a whole number of minutes.'],
    ['a reminder as text', { notifyBefore: '15' }, 'Reminder must be a number of minutes.'],
    ['a 200-character event id, the longest', { eventId: 'e'.repeat(200) }, null],
    [
      'a 201-character event id',
      { eventId: 'e'.repeat(201) },
      'Event id is too long: keep it to 200 characters or fewer.',
    ],
    ['a blank title', { title: '   ' }, 'Title is required: it is what subscribers see in their calendar.'],
    [
      'a start with an offset',
      { start: '2027-02-21T15:00Z' },
      'Start must be a date and time like 2026-12-24T18:00 (no timezone offset).',
    ],
    ['a start with seconds', { start: '2027-02-21T15:00:30' }, null],
    [
      'a credential name with a space',
      { credentialName: 'Rokt API' },
      'Braze credential name cannot contain spaces, % or }.',
    ],
  ])('%s', (_name, changes, expected) => {
    expect(problem(changes)).toBe(expected);
  });
});
