import { describe, expect, it } from 'vitest';
import { type Draft, defaultDraft } from '../event';
import { validateDraft } from './validate-draft';

const NOW = new Date('2026-01-15T12:00:00Z');
const draft = (patch: Partial<Draft>): Draft => ({ ...defaultDraft(), ...patch });
const summary = (d: Draft, now = NOW) =>
  validateDraft(d, now).map((i) => `${i.severity} ${i.code} ${i.path}`);

describe('validateDraft', () => {
  it.each<[string, Partial<Draft>, string[]]>([
    ['the default draft', {}, []],
    [
      'EST spring-forward gap 02:30',
      { start: '2026-03-08T02:30', end: '2026-03-08T04:00' },
      ['error draft.start-nonexistent start'],
    ],
    [
      'EST fall-back overlap 01:30',
      { start: '2026-11-01T01:30', end: '2026-11-01T03:00' },
      ['warning draft.start-ambiguous start', 'warning draft.duration-differs end'],
    ],
    [
      'EST end in the overlap',
      { start: '2026-11-01T00:30', end: '2026-11-01T01:15' },
      ['warning draft.end-ambiguous end'],
    ],
    [
      'EST start read as the later of two 01:30s, end at the earlier 01:45',
      {
        start: '2026-11-01T01:30',
        end: '2026-11-01T01:45',
        options: { ...defaultDraft().options, startOccurrence: 'later' },
      },
      [
        'error draft.end-before-start end',
        'warning draft.start-ambiguous start',
        'warning draft.end-ambiguous end',
      ],
    ],
    [
      'GMT Standard Time gap 01:30',
      { timezone: 'GMT Standard Time', start: '2026-03-29T01:30', end: '2026-03-29T03:00' },
      ['error draft.start-nonexistent start'],
    ],
    [
      'GMT Standard Time overlap 01:30',
      { timezone: 'GMT Standard Time', start: '2026-10-25T01:30', end: '2026-10-25T03:00' },
      ['warning draft.start-ambiguous start', 'warning draft.duration-differs end'],
    ],
    [
      'GMT Standard Time ordinary day',
      { timezone: 'GMT Standard Time', start: '2026-07-01T09:00', end: '2026-07-01T10:00' },
      [],
    ],
    [
      'all-day events skip DST notes',
      { allDay: true, start: '2026-03-08T02:30', end: '2026-03-08T02:30' },
      [],
    ],
    [
      'end before start',
      { start: '2027-02-21T15:00', end: '2027-02-21T14:00' },
      ['error draft.end-before-start end'],
    ],
    [
      'end equals start',
      { start: '2027-02-21T15:00', end: '2027-02-21T15:00' },
      ['warning draft.zero-duration end'],
    ],
    ['unknown timezone', { timezone: 'America/New_York' }, ['error draft.timezone-unknown timezone']],
    [
      'event already over',
      { start: '2025-12-01T10:00', end: '2025-12-01T11:00' },
      ['warning draft.in-past start'],
    ],
    [
      'event already running',
      { start: '2026-01-15T06:00', end: '2026-01-15T09:00' },
      ['warning draft.in-past start'],
    ],
    [
      'reminder already passed',
      { start: '2026-01-15T07:30', end: '2026-01-15T08:30', notifyBefore: 60 },
      ['warning draft.reminder-in-past notifyBefore'],
    ],
    ['reminder still ahead', { start: '2026-01-15T07:30', end: '2026-01-15T08:30', notifyBefore: 15 }, []],
    ['malformed start is left to the schema', { start: '2026-13-45T99:00' }, []],
  ])('%s', (_name, patch, expected) => {
    expect(summary(draft(patch))).toEqual(expected);
  });

  it('makes a skipped start an error that names the jump and offers the two fixes', () => {
    const [issue] = validateDraft(draft({ start: '2027-03-14T02:30', end: '2027-03-14T03:30' }), NOW);
    expect(issue?.severity).toBe('error');
    expect(issue?.message).toBe(
      'Start 2027-03-14 02:30 does not exist in Eastern Standard Time: clocks jump from 02:00 to 03:00 that night (UTC-05:00 to UTC-04:00). Calendars cannot show it; pick a time outside the gap or one of the fixes.',
    );
    expect(issue?.fixes).toEqual([
      {
        code: 'first-valid-time',
        label: 'Start at 03:00',
        set: { start: '2027-03-14T03:00' },
        params: { start: '03:00' },
      },
      {
        code: 'keep-duration',
        label: 'Start at 03:00, end at 04:00 (keeps 1 hour)',
        set: { start: '2027-03-14T03:00', end: '2027-03-14T04:00' },
        params: { start: '03:00', end: '04:00', minutes: 60 },
      },
    ]);
  });

  it('offers to end at the first valid time or to keep the length for a skipped end', () => {
    const issues = validateDraft(draft({ start: '2027-03-14T01:30', end: '2027-03-14T02:30' }), NOW);
    expect(issues.map((i) => i.code)).toEqual(['draft.end-nonexistent']);
    expect(issues[0]?.fixes?.map((f) => [f.label, f.set])).toEqual([
      ['End at 03:00', { end: '2027-03-14T03:00' }],
      ['End at 03:30 (keeps 1 hour)', { end: '2027-03-14T03:30' }],
    ]);
  });

  it.each<[string, 'earlier' | 'later', string[]]>([
    [
      'earlier (default, RFC 5545): two real hours',
      'earlier',
      ['draft.start-ambiguous', 'draft.duration-differs'],
    ],
    ['later: one real hour', 'later', ['draft.start-ambiguous']],
  ])('reads a repeated fall-back start as the %s', (_name, startOccurrence, codes) => {
    const d = draft({
      start: '2027-11-07T01:30',
      end: '2027-11-07T02:30',
      options: { ...defaultDraft().options, startOccurrence },
    });
    expect(validateDraft(d, NOW).map((i) => i.code)).toEqual(codes);
  });

  it('says which of two equal times is used and what the fall-back does to the length', () => {
    const issues = validateDraft(draft({ start: '2027-11-07T01:30', end: '2027-11-07T02:30' }), NOW);
    expect(issues[0]?.message).toBe(
      'Start 2027-11-07 01:30 happens twice in Eastern Standard Time: clocks go back from 02:00 to 01:00 that night, so it can be UTC-04:00 or UTC-05:00. Using the earlier one (UTC-04:00), as calendar apps and RFC 5545 do.',
    );
    expect(issues[1]?.message).toBe(
      'The event lasts 2 hours, not the 1 hour its clock times suggest because clocks go back at 02:00 that night. Check the end.',
    );
  });

  it('suggests the Windows id for an IANA timezone', () => {
    const [issue] = validateDraft(draft({ timezone: 'Europe/London' }), NOW);
    expect(issue?.message).toContain('"GMT Standard Time"');
  });

  it('reports how soon the event starts when the reminder is late', () => {
    const [issue] = validateDraft(
      draft({ start: '2026-01-15T07:30', end: '2026-01-15T08:30', notifyBefore: 60 }),
      NOW,
    );
    expect(issue?.message).toContain('starts in 30 minutes');
  });
});
