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
      ['warning draft.start-nonexistent start'],
    ],
    [
      'EST fall-back overlap 01:30',
      { start: '2026-11-01T01:30', end: '2026-11-01T03:00' },
      ['warning draft.start-ambiguous start'],
    ],
    [
      'EST end in the overlap',
      { start: '2026-11-01T00:30', end: '2026-11-01T01:15' },
      ['warning draft.end-ambiguous end'],
    ],
    [
      'GMT Standard Time gap 01:30',
      { timezone: 'GMT Standard Time', start: '2026-03-29T01:30', end: '2026-03-29T03:00' },
      ['warning draft.start-nonexistent start'],
    ],
    [
      'GMT Standard Time overlap 01:30',
      { timezone: 'GMT Standard Time', start: '2026-10-25T01:30', end: '2026-10-25T03:00' },
      ['warning draft.start-ambiguous start'],
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

  it('says what calendars will show for a nonexistent time', () => {
    const [issue] = validateDraft(draft({ start: '2026-03-08T02:30', end: '2026-03-08T04:00' }), NOW);
    expect(issue?.message).toBe(
      'Start 2026-03-08 02:30 does not exist in Eastern Standard Time: clocks jump from 02:00 to 03:00 that night (UTC-05:00 to UTC-04:00). Calendar apps will probably show 03:30 instead, and Rokt may reject it. Pick a time outside the gap.',
    );
  });

  it('names both offsets of an ambiguous time', () => {
    const [issue] = validateDraft(draft({ start: '2026-11-01T01:30', end: '2026-11-01T03:00' }), NOW);
    expect(issue?.message).toContain('clocks go back from 02:00 to 01:00');
    expect(issue?.message).toContain('UTC-04:00 or UTC-05:00');
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
