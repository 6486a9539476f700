import { describe, expect, it } from 'vitest';
import { formatInstant, formatWallClock, formatWallRange } from './format-date-time';

describe('formatWallClock', () => {
  it.each([
    ['en-US', false, 'Sun, Feb 21, 2027, 3:00 PM'],
    ['en-GB', false, 'Sun, 21 Feb 2027, 15:00'],
    ['en-US', true, 'Sun, Feb 21, 2027'],
    ['de-DE', false, 'So., 21. Feb. 2027, 15:00'],
  ])('shows 2027-02-21T15:00 in %s (date only: %s) as %s', (locale, dateOnly, expected) => {
    expect(formatWallClock('2027-02-21T15:00', { locale, dateOnly })).toBe(expected);
  });

  it('keeps a wall time inside a clock-change gap as written (no zone conversion)', () => {
    expect(formatWallClock('2027-03-14T02:30', { locale: 'en-GB' })).toBe('Sun, 14 Mar 2027, 2:30');
  });

  it.each([
    'soon',
    '2027-06-31T15:00',
    '2027-02-29T10:00',
    '2027-06-15T24:00',
    '2027-06-15T10:60',
    '2027-13-01',
  ])('returns %s, which is not a real wall-clock time, unchanged', (text) => {
    expect(formatWallClock(text, { locale: 'en-GB' })).toBe(text);
  });
});

describe('formatInstant', () => {
  it('reads the instant in the named zone: the local date, not UTC', () => {
    const change = new Date('2027-04-03T16:00:00Z'); // Sydney's clocks go back at 03:00 on Sunday 4 April
    expect(formatInstant(change, 'Australia/Sydney', { locale: 'en-GB', dateOnly: true })).toBe(
      'Sun, 4 Apr 2027',
    );
  });
});

describe('formatWallRange', () => {
  it.each([
    ['en-US', {}, '2027-06-15T15:00', '2027-06-15T16:00', 'Tue, Jun 15, 2027, 3:00 – 4:00 PM'],
    ['en-GB', {}, '2027-06-15T15:00', '2027-06-15T16:00', 'Tue, 15 Jun 2027, 15:00–16:00'],
    ['es-ES', {}, '2027-06-15T15:00', '2027-06-15T16:00', 'mar, 15 jun 2027, 15:00–16:00'],
    [
      'en-GB',
      {},
      '2027-06-15T23:00',
      '2027-06-16T01:00',
      'Tue, 15 Jun 2027, 23:00 – Wed, 16 Jun 2027, 01:00',
    ],
    ['en-US', { timeOnly: true }, '2027-06-15T05:00', '2027-06-15T06:00', '5:00 – 6:00 AM'],
    ['en-GB', { dateOnly: true }, '2027-06-15', '2027-06-17', 'Tue, 15 Jun – Thu, 17 Jun 2027'],
    ['en-GB', { dateOnly: true }, '2027-06-15', '2027-06-15', 'Tue, 15 Jun 2027'],
  ])('in %s %o shows %s – %s as %s', (locale, style, start, end, expected) => {
    expect(formatWallRange(start, end, { locale, ...style }).replace(/\s/g, ' ')).toBe(expected);
  });

  it.each([
    ['nope', '2027-06-15T15:00', 'nope – Tue, 15 Jun 2027, 15:00'],
    ['2027-06-15T15:00', 'later', 'Tue, 15 Jun 2027, 15:00 – later'],
    ['2027-06-30T15:00', '2027-06-31T15:00', 'Wed, 30 Jun 2027, 15:00 – 2027-06-31T15:00'],
  ])('falls back to two texts when %j or %j is not a wall-clock time', (start, end, expected) => {
    expect(formatWallRange(start, end, { locale: 'en-GB' })).toBe(expected);
  });

  it('falls back to two texts when the end is before the start', () => {
    expect(formatWallRange('2027-06-15T16:00', '2027-06-15T15:00', { locale: 'en-GB' })).toBe(
      'Tue, 15 Jun 2027, 16:00 – Tue, 15 Jun 2027, 15:00',
    );
  });
});
