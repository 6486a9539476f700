import { describe, expect, it } from 'vitest';
import { formatInstant, formatWallClock } from './format-date-time';

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

  it('returns text that is not a wall-clock time unchanged', () => {
    expect(formatWallClock('soon')).toBe('soon');
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
