import { describe, expect, it } from 'vitest';
import {
  addWallMinutes,
  clockChangeNear,
  firstValidWallAfter,
  resolveWallClock,
  wallMinutesBetween,
} from './clock-change';

const NY = 'Eastern Standard Time';
const at = (iso: string) => new Date(iso);

describe('clockChangeNear', () => {
  it.each([
    [
      'New York spring forward',
      '2027-03-14T12:00Z',
      NY,
      ['2027-03-14T07:00:00.000Z', -300, -240, '2027-03-14T02:00', '2027-03-14T03:00'],
    ],
    [
      'New York fall back',
      '2027-11-06T20:00Z',
      NY,
      ['2027-11-07T06:00:00.000Z', -240, -300, '2027-11-07T02:00', '2027-11-07T01:00'],
    ],
    [
      'Lord Howe half hour',
      '2027-04-04T00:00Z',
      'Australia/Lord_Howe',
      ['2027-04-03T15:00:00.000Z', 660, 630, '2027-04-04T02:00', '2027-04-04T01:30'],
    ],
    [
      'Madrid, by IANA name',
      '2027-03-28T01:00Z',
      'Europe/Madrid',
      ['2027-03-28T01:00:00.000Z', 60, 120, '2027-03-28T02:00', '2027-03-28T03:00'],
    ],
  ])('%s', (_name, instant, zone, [change, before, after, wallBefore, wallAfter]) => {
    expect(clockChangeNear(at(instant as string), zone as string)).toEqual({
      at: at(change as string),
      offsetBefore: before,
      offsetAfter: after,
      wallBefore,
      wallAfter,
    });
  });

  it.each([
    ['two days after the change', '2027-03-16T08:00Z'],
    ['a summer day', '2027-07-01T12:00Z'],
  ])('is null on %s', (_name, instant) => {
    expect(clockChangeNear(at(instant), NY)).toBeNull();
  });

  it('looks no further than a day either side', () => {
    expect(clockChangeNear(at('2027-03-13T07:01Z'), NY)?.wallBefore).toBe('2027-03-14T02:00');
    expect(clockChangeNear(at('2027-03-13T06:59Z'), NY)).toBeNull();
    expect(clockChangeNear(at('2027-03-15T06:59Z'), NY)?.wallBefore).toBe('2027-03-14T02:00');
    expect(clockChangeNear(at('2027-03-15T07:01Z'), NY)).toBeNull();
  });
});

describe('resolveWallClock', () => {
  it.each([
    ['an ordinary time', '2027-06-15T15:00', 'later', '2027-06-15T19:00:00.000Z', 'ok'],
    ['a repeated time, earlier', '2027-11-07T01:30', 'earlier', '2027-11-07T05:30:00.000Z', 'ambiguous'],
    ['a repeated time, later', '2027-11-07T01:30', 'later', '2027-11-07T06:30:00.000Z', 'ambiguous'],
    ['a skipped time, later', '2027-03-14T02:30', 'later', '2027-03-14T07:30:00.000Z', 'nonexistent'],
  ] as const)('%s', (_name, wall, occurrence, utc, status) => {
    expect(resolveWallClock(wall, NY, occurrence)).toEqual({ utc: at(utc), status });
  });

  it('takes the earlier of a repeated time by default', () => {
    expect(resolveWallClock('2027-11-07T01:30', NY).utc).toEqual(at('2027-11-07T05:30Z'));
  });

  it('moves a repeated half hour by half an hour', () => {
    expect(resolveWallClock('2027-04-04T01:45', 'Australia/Lord_Howe', 'later').utc).toEqual(
      at('2027-04-03T15:15Z'),
    );
  });
});

describe('firstValidWallAfter', () => {
  it.each([
    ['2027-03-14T02:30', NY, '2027-03-14T03:00'],
    ['2027-03-14T02:00', NY, '2027-03-14T03:00'],
    ['2027-03-14T03:00', NY, null],
    ['2027-11-07T01:30', NY, null],
    ['2027-10-03T02:15', 'Australia/Lord_Howe', '2027-10-03T02:30'],
  ])('%s in %s → %s', (wall, zone, expected) => {
    expect(firstValidWallAfter(wall, zone)).toBe(expected);
  });
});

describe('wall-clock arithmetic, no timezone', () => {
  it.each([
    ['2027-03-14T23:30', 60, '2027-03-15T00:30'],
    ['2027-03-14T01:30', 60, '2027-03-14T02:30'],
    ['2027-03-14T01:30:59', -90, '2027-03-14T00:00'],
    ['2028-02-28T23:00', 1440, '2028-02-29T23:00'],
    ['2027-03-14', 60, null],
    ['soon', 60, null],
  ])('%s + %i minutes = %s', (wall, minutes, expected) => {
    expect(addWallMinutes(wall, minutes)).toBe(expected);
  });

  it.each([
    ['2027-03-14T01:30', '2027-03-14T03:30', 120],
    ['2027-03-14T03:30', '2027-03-14T01:30', -120],
    ['2027-03-14T23:45', '2027-03-15T00:15:30', 30],
    ['2027-03-14T01:30', 'later', null],
    ['now', '2027-03-14T01:30', null],
  ])('%s to %s is %s minutes', (a, b, expected) => {
    expect(wallMinutesBetween(a, b)).toBe(expected);
  });
});
