import { describe, expect, it } from 'vitest';
import { clockChangesDuring } from './clock-changes';
import { MAX_SEGMENT_DAYS, daySegments } from './local-days';

describe('daySegments', () => {
  it.each([
    ['a moment at midnight', '2027-06-15T00:00', '2027-06-15T00:00', [['2027-06-15', 0, 0]], '2027-06-15'],
    ['a whole day', '2027-06-15T00:00', '2027-06-16T00:00', [['2027-06-15', 0, 1440]], '2027-06-15'],
    [
      'into the next morning',
      '2027-06-15T23:00',
      '2027-06-16T01:30',
      [
        ['2027-06-15', 1380, 1440],
        ['2027-06-16', 0, 90],
      ],
      '2027-06-16',
    ],
  ])('%s', (_name, start, end, segments, lastDate) => {
    const result = daySegments(start, end);
    expect(result.segments.map((s) => [s.date, s.fromMinute, s.toMinute])).toEqual(segments);
    expect([result.lastDate, result.truncated]).toEqual([lastDate, false]);
  });

  it('draws at most a year of days and says it stopped', () => {
    const result = daySegments('2027-01-01T10:00', '2029-01-01T10:00');
    expect(result.segments).toHaveLength(MAX_SEGMENT_DAYS);
    expect(result.segments.at(-1)?.date).toBe('2028-01-01');
    expect([result.truncated, result.lastDate]).toEqual([true, '2029-01-01']);
  });
});

describe('clockChangesDuring', () => {
  const ms = (iso: string) => Date.parse(iso);
  const changes = (from: string, to: string, zone = 'America/New_York') =>
    clockChangesDuring(ms(from), ms(to), zone).map((c) => [c.localBefore, c.localAfter]);

  it.each([
    ['a summer week', '2027-06-01T00:00Z', '2027-06-08T00:00Z', []],
    [
      'the spring night',
      '2027-03-14T05:00Z',
      '2027-03-14T09:00Z',
      [['2027-03-14T02:00', '2027-03-14T03:00']],
    ],
    ['ending the instant clocks change', '2027-03-14T05:00Z', '2027-03-14T07:00Z', []],
    ['starting the instant clocks change', '2027-03-14T07:00Z', '2027-03-14T09:00Z', []],
    ['a moment', '2027-03-14T07:00Z', '2027-03-14T07:00Z', []],
    [
      'two years, of which the first 366 days are looked at',
      '2027-01-01T00:00Z',
      '2029-01-01T00:00Z',
      [
        ['2027-03-14T02:00', '2027-03-14T03:00'],
        ['2027-11-07T02:00', '2027-11-07T01:00'],
      ],
    ],
  ])('%s', (_name, from, to, expected) => {
    expect(changes(from, to)).toEqual(expected);
  });
});
