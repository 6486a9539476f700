import { describe, expect, it } from 'vitest';
import { type Draft, defaultDraft } from '../event';
import type { Issue } from '../issues';
import { validateDraft } from './validate-draft';

/** Noon in New York (Eastern Standard Time, before the spring change). */
const NOW = new Date('2027-03-10T17:00:00Z');
const draft = (patch: Partial<Draft>): Draft => ({ ...defaultDraft(), ...patch });
const laterStart = { ...defaultDraft().options, startOccurrence: 'later' as const };
const EST = 'Eastern Standard Time';

const endBeforeStart = (
  end: string,
  start: string,
  text = `${end} is before the start ${start}: move the end after the start.`,
) => ({
  code: 'draft.end-before-start',
  path: 'end',
  field: 'draft',
  severity: 'error',
  message: `End ${text}`,
});
const zeroDuration: Issue = {
  code: 'draft.zero-duration',
  path: 'end',
  field: 'draft',
  severity: 'warning',
  message: 'End equals the start, so the event has no duration. Set an end time if that is not intended.',
};
const ended = (at: string): Issue => ({
  code: 'draft.in-past',
  path: 'start',
  field: 'draft',
  severity: 'warning',
  message: `The event ended ${at.replace('T', ' ')} (Eastern Standard Time), which is in the past: subscribers would get an event that is already over. Check the date.`,
  params: { when: 'ended', at, zone: EST },
});
const started = (at: string): Issue => ({
  code: 'draft.in-past',
  path: 'start',
  field: 'draft',
  severity: 'warning',
  message: `The event started ${at.replace('T', ' ')} (Eastern Standard Time), which is in the past: calendars will show it as already running. Check the date.`,
  params: { when: 'started', at, zone: EST },
});
const lateReminder = (reminder: number, untilStart: number): Issue => ({
  code: 'draft.reminder-in-past',
  path: 'notifyBefore',
  field: 'draft',
  severity: 'warning',
  message: `The reminder is ${reminder} minutes before the start, but the event starts in ${untilStart} minutes: the reminder time has already passed, so subscribers may not get it. Use a shorter reminder.`,
  params: { reminder, untilStart },
});
const paris = {
  code: 'draft.timezone-unknown',
  path: 'timezone',
  field: 'draft',
  severity: 'error',
  message:
    'Timezone "Europe/Paris" is an IANA name; Rokt needs a Windows timezone id. Use "Romance Standard Time".',
  params: { value: 'Europe/Paris', suggestion: 'Romance Standard Time' },
};

describe('validateDraft: order, past times, reminders and the timezone, as the marketer reads them', () => {
  it.each<[string, Partial<Draft>, unknown[]]>([
    [
      'an end a minute before the start',
      { start: '2027-03-20T15:00', end: '2027-03-20T14:59' },
      [
        {
          ...endBeforeStart('2027-03-20 14:59', '2027-03-20 15:00'),
          params: { end: '2027-03-20T14:59', start: '2027-03-20T15:00', clockChange: 0 },
        },
      ],
    ],
    [
      'seconds count: an end 20 seconds before the start',
      { start: '2027-03-20T15:00:30', end: '2027-03-20T15:00:10' },
      [
        {
          ...endBeforeStart('2027-03-20 15:00', '2027-03-20 15:00'),
          params: { end: '2027-03-20T15:00:10', start: '2027-03-20T15:00:30', clockChange: 0 },
        },
      ],
    ],
    ['an end 20 seconds after the start', { start: '2027-03-20T15:00:10', end: '2027-03-20T15:00:30' }, []],
    [
      '15:00 and 15:00:00 are the same time',
      { start: '2027-03-20T15:00', end: '2027-03-20T15:00:00' },
      [zeroDuration],
    ],
    [
      '15:00 is before 15:00:30',
      { start: '2027-03-20T15:00:30', end: '2027-03-20T15:00' },
      [
        {
          ...endBeforeStart('2027-03-20 15:00', '2027-03-20 15:00'),
          params: { end: '2027-03-20T15:00', start: '2027-03-20T15:00:30', clockChange: 0 },
        },
      ],
    ],
    ['an end equal to the start', { start: '2027-03-20T15:00', end: '2027-03-20T15:00' }, [zeroDuration]],
    ['an all-day event on one day', { allDay: true, start: '2027-03-20T00:00', end: '2027-03-20T00:00' }, []],
    ['a start without a time is left to the schema', { start: '2027-03-20', end: '2027-03-20T15:00' }, []],
    ['an impossible date is left to the schema', { start: '2027-02-30T10:00', end: '2027-03-20T15:00' }, []],
    [
      'an event that ends right now',
      { start: '2027-03-10T11:00', end: '2027-03-10T12:00' },
      [ended('2027-03-10T12:00')],
    ],
    [
      'an event that starts right now',
      { start: '2027-03-10T12:00', end: '2027-03-10T13:00' },
      [started('2027-03-10T12:00')],
    ],
    [
      'a start in the past with an end the schema rejects',
      { start: '2027-03-10T11:00', end: 'x' },
      [started('2027-03-10T11:00')],
    ],
    ['a start ahead with an end the schema rejects', { start: '2027-03-20T11:00', end: 'x' }, []],
    [
      'a reminder exactly as early as the time left',
      { start: '2027-03-10T12:10', end: '2027-03-10T13:00', notifyBefore: 10 },
      [],
    ],
    [
      'a reminder a minute earlier than the time left',
      { start: '2027-03-10T12:10', end: '2027-03-10T13:00', notifyBefore: 11 },
      [lateReminder(11, 10)],
    ],
    ['no reminder', { start: '2027-03-10T12:10', end: '2027-03-10T13:00', notifyBefore: 0 }, []],
    [
      '90 seconds left read as 2 minutes',
      { start: '2027-03-10T12:01:30', end: '2027-03-10T13:00', notifyBefore: 2 },
      [lateReminder(2, 2)],
    ],
    ['an IANA timezone, with the Windows id to use', { timezone: 'Europe/Paris' }, [paris]],
    [
      'an unknown timezone, without a suggestion',
      { timezone: 'Mars/Olympus' },
      [
        {
          code: 'draft.timezone-unknown',
          path: 'timezone',
          field: 'draft',
          severity: 'error',
          message:
            'Timezone "Mars/Olympus" is not a timezone Rokt knows. Rokt needs a Windows timezone id such as "Eastern Standard Time"; pick one from the list.',
          params: { value: 'Mars/Olympus' },
        },
      ],
    ],
    ['a blank timezone is left to the schema', { timezone: '  ' }, []],
    [
      'the order is still checked with an unknown timezone',
      { timezone: 'Europe/Paris', start: '2027-03-20T15:00', end: '2027-03-20T14:00' },
      [
        {
          ...endBeforeStart('2027-03-20 14:00', '2027-03-20 15:00'),
          params: { end: '2027-03-20T14:00', start: '2027-03-20T15:00', clockChange: 0 },
        },
        paris,
      ],
    ],
    [
      'the later 01:30 ends after an earlier 01:45 only on the clock face',
      { start: '2027-11-07T01:30', end: '2027-11-07T01:45', options: laterStart },
      [
        {
          ...endBeforeStart(
            '2027-11-07 01:45',
            '2027-11-07 01:30',
            '2027-11-07 01:45 comes before the start 2027-11-07 01:30 once the clock change is counted: choose the earlier start or a later end.',
          ),
          params: { end: '2027-11-07T01:45', start: '2027-11-07T01:30', clockChange: 1 },
        },
        expect.objectContaining({ code: 'draft.start-ambiguous' }),
        expect.objectContaining({ code: 'draft.end-ambiguous' }),
      ],
    ],
    [
      'the same on an all-day event is no problem',
      { allDay: true, start: '2027-11-07T01:30', end: '2027-11-07T01:45', options: laterStart },
      [],
    ],
    [
      'the later 01:30 to 02:30 is one real hour',
      { start: '2027-11-07T01:30', end: '2027-11-07T02:30', options: laterStart },
      [expect.objectContaining({ code: 'draft.start-ambiguous' })],
    ],
  ])('%s', (_name, patch, expected) => {
    expect(validateDraft(draft(patch), NOW)).toEqual(expected);
  });
});
