import { describe, expect, it } from 'vitest';
import { utcToWallClock, wallClockToUtc } from './wall-instant';

describe('wallClockToUtc', () => {
  it.each([
    ['2026-01-15T09:00', 'Eastern Standard Time', '2026-01-15T14:00:00.000Z', 'ok'],
    ['2026-07-15T09:00', 'Eastern Standard Time', '2026-07-15T13:00:00.000Z', 'ok'],
    ['2026-07-15T09:00:30', 'Eastern Standard Time', '2026-07-15T13:00:30.000Z', 'ok'],
    // A day either side of a change: one offset fits, the other does not.
    ['2026-03-07T12:00', 'Eastern Standard Time', '2026-03-07T17:00:00.000Z', 'ok'],
    ['2026-03-09T12:00', 'Eastern Standard Time', '2026-03-09T16:00:00.000Z', 'ok'],
    // Spring forward: 02:00-03:00 does not exist; shifted forward by the gap (02:30 EST = 03:30 EDT).
    ['2026-03-08T02:30', 'Eastern Standard Time', '2026-03-08T07:30:00.000Z', 'nonexistent'],
    ['2026-03-08T02:00', 'Eastern Standard Time', '2026-03-08T07:00:00.000Z', 'nonexistent'],
    ['2026-03-08T03:00', 'Eastern Standard Time', '2026-03-08T07:00:00.000Z', 'ok'],
    ['2026-03-08T01:59', 'Eastern Standard Time', '2026-03-08T06:59:00.000Z', 'ok'],
    // Fall back: 01:00-02:00 happens twice; the earlier (EDT) instant is returned.
    ['2026-11-01T01:30', 'Eastern Standard Time', '2026-11-01T05:30:00.000Z', 'ambiguous'],
    ['2026-11-01T00:59', 'Eastern Standard Time', '2026-11-01T04:59:00.000Z', 'ok'],
    ['2026-11-01T02:00', 'Eastern Standard Time', '2026-11-01T07:00:00.000Z', 'ok'],
    ['2026-03-29T01:30', 'GMT Standard Time', '2026-03-29T01:30:00.000Z', 'nonexistent'],
    ['2026-10-25T01:30', 'GMT Standard Time', '2026-10-25T00:30:00.000Z', 'ambiguous'],
    ['2026-10-25T02:30', 'GMT Standard Time', '2026-10-25T02:30:00.000Z', 'ok'],
    ['2026-10-04T02:30', 'AUS Eastern Standard Time', '2026-10-03T16:30:00.000Z', 'nonexistent'],
    ['2026-04-05T02:30', 'AUS Eastern Standard Time', '2026-04-04T15:30:00.000Z', 'ambiguous'],
    ['2026-12-24T18:00', 'India Standard Time', '2026-12-24T12:30:00.000Z', 'ok'],
    ['2026-12-24T18:00', 'Nepal Standard Time', '2026-12-24T12:15:00.000Z', 'ok'],
    ['2026-12-24T18:00', 'UTC', '2026-12-24T18:00:00.000Z', 'ok'],
    ['2026-03-22T02:30', 'Morocco Standard Time', '2026-03-22T02:30:00.000Z', 'nonexistent'],
    ['2026-02-15T02:30', 'Morocco Standard Time', '2026-02-15T01:30:00.000Z', 'ambiguous'],
    ['2026-12-24T18:00', 'America/New_York', '2026-12-24T23:00:00.000Z', 'ok'],
  ])('%s in %s -> %s (%s)', (wall, zone, utc, status) => {
    const result = wallClockToUtc(wall, zone);
    expect({ utc: result.utc.toISOString(), status: result.status }).toEqual({ utc, status });
  });

  it.each([
    '2026-02-30T10:00',
    '2026-13-01T10:00',
    '2026-01-01T24:00',
    '2026-01-01 10:00',
    '2026-01-01T10:00Z',
    '',
  ])('rejects %j', (wall) => {
    expect(() => wallClockToUtc(wall, 'UTC')).toThrow(new RangeError(`Invalid wall-clock time: ${wall}`));
  });

  it('rejects an unknown zone', () => {
    expect(() => wallClockToUtc('2026-01-01T10:00', 'Atlantis Standard Time')).toThrow(RangeError);
  });
});

describe('utcToWallClock', () => {
  it.each([
    ['2026-01-15T14:00:00Z', 'Eastern Standard Time', '2026-01-15T09:00'],
    ['2026-07-15T13:00:59Z', 'Eastern Standard Time', '2026-07-15T09:00'],
    ['2026-11-01T05:30:00Z', 'Eastern Standard Time', '2026-11-01T01:30'],
    ['2026-11-01T06:30:00Z', 'Eastern Standard Time', '2026-11-01T01:30'],
    ['2026-12-31T20:00:00Z', 'Chatham Islands Standard Time', '2027-01-01T09:45'],
    ['2026-07-01T00:00:00Z', 'Asia/Kolkata', '2026-07-01T05:30'],
    ['2026-03-08T02:30:00Z', 'UTC', '2026-03-08T02:30'],
  ])('%s in %s is %s', (instant, zone, wall) => {
    expect(utcToWallClock(new Date(instant), zone)).toBe(wall);
  });

  it.each([
    ['Eastern Standard Time', '2026-06-01T09:15'],
    ['GMT Standard Time', '2026-01-10T23:45'],
    ['AUS Eastern Standard Time', '2026-02-28T00:00'],
    ['Nepal Standard Time', '2026-08-08T08:08'],
    ['Chatham Islands Standard Time', '2026-09-27T04:30'],
  ])('round-trips an ordinary wall time in %s (%s)', (zone, wall) => {
    expect(utcToWallClock(wallClockToUtc(wall, zone).utc, zone)).toBe(wall);
  });

  it('does not depend on the host timezone (wall time inside the host DST gap)', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(utcToWallClock(new Date('2026-03-08T02:30:00Z'), 'UTC')).toBe('2026-03-08T02:30');
      expect(wallClockToUtc('2026-03-08T02:30', 'UTC')).toEqual({
        utc: new Date('2026-03-08T02:30:00Z'),
        status: 'ok',
      });
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
