import { describe, expect, it } from 'vitest';
import { activateTestLocale } from '../../testing/test-locale';
import { calendarCardModel } from './calendar-card-model';

const base = {
  eventId: 'e1',
  title: 'Launch',
  start: '2027-02-21T15:00:00',
  timezone: 'Eastern Standard Time',
};

describe('calendarCardModel', () => {
  it.each([
    ['same day', { end: '2027-02-21T16:30:00' }, 'Sun, Feb 21, 2027, 3:00 – 4:30 PM'],
    ['overnight', { end: '2027-02-22T01:00:00' }, 'Sun, Feb 21, 2027, 3:00 PM – Mon, Feb 22, 2027, 1:00 AM'],
    ['no end', {}, 'Sun, Feb 21, 2027, 3:00 PM'],
    ['all day', { allDayEvent: true, end: '2027-02-22T00:00:00' }, 'Sun, Feb 21, 2027, all day'],
    [
      'all days',
      { allDayEvent: true, end: '2027-02-24T00:00:00' },
      'Sun, Feb 21 – Tue, Feb 23, 2027, all day',
    ],
    ['unparseable start', { start: 'tomorrow' }, 'tomorrow'],
  ])('formats the time range (%s) in the event timezone', (_name, extra, when) => {
    expect(calendarCardModel({ ...base, ...extra }).when.replace(/\s/g, ' ')).toBe(when);
  });

  it.each([
    ['Eastern Standard Time', '2027-02-21T15:00:00', 'Eastern Standard Time (UTC-05:00)'],
    ['Eastern Standard Time', '2027-07-21T15:00:00', 'Eastern Standard Time (UTC-04:00)'],
    ['India Standard Time', '2027-07-21T15:00:00', 'India Standard Time (UTC+05:30)'],
  ])('names %s with its offset on %s', (timezone, start, text) => {
    expect(calendarCardModel({ ...base, timezone, start }).timezone).toBe(text);
  });

  it.each([
    [15, 'Reminder 15 minutes before'],
    ['60', 'Reminder 1 hour before'],
    [2880, 'Reminder 2 days before'],
    [0, 'Reminder at the start time'],
    [undefined, null],
    ['soon', null],
  ])('describes a reminder of %o', (notifyBefore, reminder) => {
    expect(calendarCardModel({ ...base, notifyBefore }).reminder).toBe(reminder);
  });

  it('drops empty location and description', () => {
    const card = calendarCardModel({ ...base, location: ' ', description: '' });
    expect(card).toMatchObject({ title: 'Launch', location: null, description: null });
  });
});

describe('calendarCardModel in Spanish', () => {
  it.each([
    ['same day', { end: '2027-02-21T16:30:00' }, 'dom, 21 feb 2027, 15:00–16:30'],
    [
      'all day',
      { allDayEvent: true, end: '2027-02-23T00:00:00' },
      'dom, 21 feb – lun, 22 feb 2027, todo el día',
    ],
  ])('writes the time range (%s) in Spanish, 24-hour', (_name, extra, when) => {
    activateTestLocale('es');
    // Intl separates a range with thin spaces.
    expect(calendarCardModel({ ...base, ...extra }).when.replace(/\s/g, ' ')).toBe(when);
  });

  it.each([
    [15, 'Recordatorio 15 minutos antes'],
    [60, 'Recordatorio 1 hora antes'],
    [2880, 'Recordatorio 2 días antes'],
  ])('words a %i-minute reminder', (notifyBefore, text) => {
    activateTestLocale('es');
    expect(calendarCardModel({ ...base, notifyBefore }).reminder).toBe(text);
  });
});
