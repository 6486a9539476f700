import { describe, expect, it } from 'vitest';
import { isValidIanaZone, wallAsUtcMs, wallClockAt } from './intl-zone';

describe('isValidIanaZone', () => {
  it.each([
    ['America/New_York', true],
    ['US/Eastern', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
  ])('%j -> %s', (zone, valid) => {
    expect(isValidIanaZone(zone)).toBe(valid);
  });
});

describe('wallClockAt', () => {
  it('gives the wall clock in the zone, and refuses an invalid date by name', () => {
    expect(wallClockAt('America/New_York', new Date('2027-07-01T16:30:45Z'))).toBe('2027-07-01T12:30:45');
    expect(() => wallClockAt('America/New_York', new Date('nope'))).toThrow(new RangeError('Invalid date'));
  });
});

describe('wallAsUtcMs', () => {
  it.each([
    ['2027-07-01T12:30', Date.UTC(2027, 6, 1, 12, 30)],
    ['2027-07-01T12:30:15', Date.UTC(2027, 6, 1, 12, 30, 15)],
    ['2027-07-01', NaN],
    ['2027-07-01T12:30:15.5', NaN],
    ['2027-02-30T12:30', NaN],
    ['noon', NaN],
  ])('%j -> %s', (wall, ms) => {
    expect(wallAsUtcMs(wall)).toBe(ms);
  });
});
