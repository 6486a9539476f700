import { describe, expect, it } from 'vitest';
import { dstChangesBetween, formatOffset, offsetMinutes } from './offsets';

const JAN = new Date('2026-01-15T12:00:00Z');
const JUL = new Date('2026-07-15T12:00:00Z');

describe('offsetMinutes', () => {
  it.each([
    ['Eastern Standard Time', JAN, -300],
    ['Eastern Standard Time', JUL, -240],
    ['America/New_York', JUL, -240],
    ['Pacific Standard Time', JAN, -480],
    ['AUS Eastern Standard Time', JAN, 660],
    ['AUS Eastern Standard Time', JUL, 600],
    ['India Standard Time', JAN, 330],
    ['India Standard Time', JUL, 330],
    ['Asia/Kolkata', JUL, 330],
    ['Nepal Standard Time', JUL, 345],
    ['Chatham Islands Standard Time', JAN, 825],
    ['Chatham Islands Standard Time', JUL, 765],
    ['GMT Standard Time', JAN, 0],
    ['GMT Standard Time', JUL, 60],
    ['Morocco Standard Time', JAN, 60],
    ['Morocco Standard Time', new Date('2026-03-01T12:00:00Z'), 0], // Ramadan: Morocco drops to UTC+00
    ['UTC', JUL, 0],
    ['Dateline Standard Time', JUL, -720],
    ['Line Islands Standard Time', JUL, 840],
  ])('%s at %s is %i', (zone, instant, minutes) => {
    expect(offsetMinutes(zone, instant)).toBe(minutes);
  });

  it('answers for the instant, not a wall-clock time, just before spring forward in New York', () => {
    expect(offsetMinutes('Eastern Standard Time', new Date('2026-03-08T06:59:59Z'))).toBe(-300);
    expect(offsetMinutes('Eastern Standard Time', new Date('2026-03-08T07:00:00Z'))).toBe(-240);
  });

  it('throws for an unknown zone', () => {
    expect(() => offsetMinutes('Nowhere Standard Time', JAN)).toThrow(RangeError);
  });
});

describe('formatOffset', () => {
  it.each([
    [330, 'UTC+05:30'],
    [-180, 'UTC-03:00'],
    [0, 'UTC+00:00'],
    [-0, 'UTC+00:00'],
    [345, 'UTC+05:45'],
    [-570, 'UTC-09:30'],
    [840, 'UTC+14:00'],
  ])('%i -> %s', (minutes, text) => {
    expect(formatOffset(minutes)).toBe(text);
  });
});

describe('dstChangesBetween', () => {
  const from = new Date('2026-01-01T00:00:00Z');
  const to = new Date('2027-01-01T00:00:00Z');
  it.each([
    ['Eastern Standard Time', ['2026-03-08T07:00:00.000Z', '2026-11-01T06:00:00.000Z']],
    ['GMT Standard Time', ['2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z']],
    ['AUS Eastern Standard Time', ['2026-04-04T16:00:00.000Z', '2026-10-03T16:00:00.000Z']],
    ['Morocco Standard Time', ['2026-02-15T02:00:00.000Z', '2026-03-22T02:00:00.000Z']],
    ['India Standard Time', []],
    ['UTC', []],
  ])('%s in 2026', (zone, expected) => {
    expect(dstChangesBetween(from, to, zone).map((d) => d.toISOString())).toEqual(expected);
  });

  it('excludes a change at `from` and includes one at `to`', () => {
    const change = new Date('2026-03-08T07:00:00Z');
    expect(dstChangesBetween(change, JUL, 'Eastern Standard Time')).toEqual([]);
    expect(dstChangesBetween(JAN, change, 'Eastern Standard Time')).toEqual([change]);
  });

  it('answers a repeated question the same, whatever the caller did with the last answer', () => {
    const first = dstChangesBetween(from, to, 'Eastern Standard Time');
    first[0]?.setTime(0);
    first.pop();
    expect(dstChangesBetween(from, to, 'Eastern Standard Time').map((d) => d.toISOString())).toEqual([
      '2026-03-08T07:00:00.000Z',
      '2026-11-01T06:00:00.000Z',
    ]);
    expect(dstChangesBetween(from, to, 'India Standard Time')).toEqual([]);
  });

  it('still refuses an unknown zone and an invalid date every time it is asked', () => {
    for (let i = 0; i < 2; i++) {
      expect(() => dstChangesBetween(from, to, 'Mars Standard Time')).toThrow(RangeError);
      expect(() => dstChangesBetween(new Date(Number.NaN), to, 'UTC')).toThrow(RangeError);
      expect(() => dstChangesBetween(from, new Date(Number.NaN), 'UTC')).toThrow(
        new RangeError('Invalid date'),
      );
    }
  });
});
