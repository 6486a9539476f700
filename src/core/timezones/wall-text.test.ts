import { describe, expect, it } from 'vitest';
import { isRealWall, parseWallText, wallMinuteText, wallPartsUtcMs } from './wall-text';

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
  ])('%s exists: %s', (text, real) => {
    expect(isRealWall(parseWallText(text)!)).toBe(real);
  });
});

it('reads the fields as UTC milliseconds and writes them back to the minute', () => {
  const parts = parseWallText('2027-03-14T02:30:45.5')!;
  expect(new Date(wallPartsUtcMs(parts)).toISOString()).toBe('2027-03-14T02:30:45.000Z');
  expect(wallMinuteText(parts)).toBe('2027-03-14T02:30');
});
