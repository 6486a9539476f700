import { describe, expect, it } from 'vitest';
import {
  addDays,
  isMidnight,
  isRealWall,
  parseWallText,
  wallDateText,
  wallMinuteText,
  wallPartsUtcMs,
  wallSecondText,
  wallTextOfUtcMs,
  withoutOffset,
} from './wall-text';

describe('parseWallText', () => {
  it.each([
    ['2027-02-21', { hour: 0, minute: 0, second: 0, fraction: '', precision: 'date' }],
    ['2027-02-21T15:04', { hour: 15, minute: 4, second: 0, fraction: '', precision: 'minute' }],
    ['2027-02-21T15:04:05', { hour: 15, minute: 4, second: 5, fraction: '', precision: 'second' }],
    ['2027-02-21T15:04:05.1234567', { second: 5, fraction: '1234567', precision: 'second' }],
  ])('reads %s', (text, expected) => {
    expect(parseWallText(text)).toMatchObject({ year: 2027, month: 2, day: 21, ...expected });
  });

  it.each([
    '2027-02-21T15:04:05Z',
    '2027-02-21T15:04:05+01:00',
    '2027-02-21 15:04',
    '2027-2-21T15:04',
    '2027-02-21T15',
    '2027-02-21T15:04:05.12345678',
    ' 2027-02-21',
    '',
  ])('refuses %j', (text) => {
    expect(parseWallText(text)).toBeNull();
  });
});

describe('isRealWall', () => {
  it.each([
    ['2028-02-29T00:00', true],
    ['2027-02-29T00:00', false],
    ['2027-04-31T00:00', false],
    ['2027-13-01T00:00', false],
    ['2027-00-10T00:00', false],
    ['2027-02-21T23:59:59', true],
    ['2027-02-21T24:00', false],
    ['2027-02-21T10:60', false],
    ['2027-02-21T10:00:60', false],
    ['2027-02-21T23:60', false],
    ['2027-12-31T23:59:59', true],
    ['2027-01-31T00:00', true],
    ['0050-01-01T00:00', false],
    ['2027-06-00T00:00', false],
  ])('%s exists: %s', (text, real) => {
    expect(isRealWall(parseWallText(text)!)).toBe(real);
  });
});

it('reads the fields as UTC milliseconds and writes them back to the minute', () => {
  const parts = parseWallText('2027-03-14T02:30:45.5')!;
  expect(new Date(wallPartsUtcMs(parts)).toISOString()).toBe('2027-03-14T02:30:45.000Z');
  expect(wallMinuteText(parts)).toBe('2027-03-14T02:30');
});

describe('writing wall-clock text', () => {
  it.each([
    ['2027-02-21', '2027-02-21', '2027-02-21T00:00', '2027-02-21T00:00:00'],
    ['2027-02-21T15:04', '2027-02-21', '2027-02-21T15:04', '2027-02-21T15:04:00'],
    ['0999-01-02T03:04:05.123', '0999-01-02', '0999-01-02T03:04', '0999-01-02T03:04:05'],
  ])('%s → %s, %s, %s', (text, date, minute, second) => {
    const parts = parseWallText(text)!;
    expect([wallDateText(parts), wallMinuteText(parts), wallSecondText(parts)]).toEqual([
      date,
      minute,
      second,
    ]);
  });

  it.each([
    [Date.UTC(2026, 2, 8, 7, 0, 59), '2026-03-08T07:00'],
    [Date.UTC(2028, 1, 29, 23, 59), '2028-02-29T23:59'],
    [0, '1970-01-01T00:00'],
  ])('wallTextOfUtcMs(%d) = %s', (ms, text) => {
    expect(wallTextOfUtcMs(ms)).toBe(text);
  });
});

describe('withoutOffset', () => {
  it.each([
    ['2027-02-21T15:04:05Z', '2027-02-21T15:04:05'],
    ['2027-02-21T15:04:05z', '2027-02-21T15:04:05'],
    ['2027-02-21T15:04:05+01:00', '2027-02-21T15:04:05'],
    ['2027-02-21T15:04:05-0530', '2027-02-21T15:04:05'],
    ['2027-02-21T15:04+01', '2027-02-21T15:04'],
    ['2027-02-21T15:04:05', null],
    ['2027-02-21T15:04:05+1', null],
  ])('%s → %j', (text, expected) => {
    expect(withoutOffset(text)).toBe(expected);
  });
});

describe('addDays', () => {
  it.each([
    ['2027-02-21', 1, '2027-02-22'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-07', 1, '2026-03-08'],
    ['2027-02-21', 0, '2027-02-21'],
    ['2027-02-21', 14, '2027-03-07'],
  ])('%s %+d days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('refuses text that is not a date', () => {
    expect(() => addDays('21/02/2027', 1)).toThrow('Not a date: 21/02/2027');
  });
});

describe('isMidnight', () => {
  it.each([
    ['2027-02-21', true],
    ['2027-02-21T00:00', true],
    ['2027-02-21T00:00:00', true],
    ['2027-02-21T00:00:00.000', true],
    ['2027-02-21T00:00:00.001', false],
    ['2027-02-21T00:00:01', false],
    ['2027-02-21T00:01', false],
    ['2027-02-21T01:00', false],
  ])('%s: %s', (text, midnight) => {
    expect(isMidnight(parseWallText(text)!)).toBe(midnight);
  });
});
