import { describe, expect, it } from 'vitest';
import { DraftSchema, defaultDraft, occurrenceOf } from './draft';

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
      'a start that is only a date',
      { start: '2027-02-21' },
      'Start must be a date and time like 2026-12-24T18:00 (no timezone offset).',
    ],
    [
      'an end with a fraction of a second',
      { end: '2027-02-21T16:00:00.5' },
      'End must be a date and time like 2026-12-24T18:00 (no timezone offset).',
    ],
    [
      'a credential name with a space',
      { credentialName: 'Rokt API' },
      'Braze credential name cannot contain spaces, % or }.',
    ],
  ])('%s', (_name, changes, expected) => {
    expect(problem(changes)).toBe(expected);
  });
});

describe('occurrenceOf: which of two equal wall times a start or end means', () => {
  const timing = {
    start: '2026-11-01T01:30',
    end: '2026-11-01T01:45',
    allDay: false,
    timezone: 'Eastern Standard Time',
    notifyBefore: 0,
  };
  it.each<[string, Parameters<typeof occurrenceOf>[0], 'start' | 'end', 'earlier' | 'later']>([
    ['no options: the earlier start', timing, 'start', 'earlier'],
    ['no options: the earlier end', timing, 'end', 'earlier'],
    [
      'a later end only: the start stays earlier',
      { ...timing, options: { startOccurrence: 'earlier', endOccurrence: 'later' } },
      'start',
      'earlier',
    ],
    [
      'a later end only: the end is later',
      { ...timing, options: { startOccurrence: 'earlier', endOccurrence: 'later' } },
      'end',
      'later',
    ],
    [
      'a later start only: the start is later',
      { ...timing, options: { startOccurrence: 'later', endOccurrence: 'earlier' } },
      'start',
      'later',
    ],
  ])('%s', (_name, draft, key, expected) => {
    expect(occurrenceOf(draft, key)).toBe(expected);
  });
});
