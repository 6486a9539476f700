import { describe, expect, it } from 'vitest';
import { draftAllDayEnd, roktEventTimes, toRoktDateTime } from './rokt-date-time';

describe('Rokt date-times', () => {
  it.each([
    ['2027-02-21T15:00', '2027-02-21T15:00:00'],
    ['2027-02-21T15:00:30', '2027-02-21T15:00:30'],
    [' 2027-02-21T15:00 ', '2027-02-21T15:00:00'],
    ['not a date', 'not a date'],
  ])('toRoktDateTime(%j) = %j', (wall, expected) => {
    expect(toRoktDateTime(wall)).toBe(expected);
  });

  it.each([
    [
      { start: '2027-02-21T15:00', end: '2027-02-21T16:00', allDay: false },
      ['2027-02-21T15:00:00', '2027-02-21T16:00:00'],
    ],
    [
      { start: '2027-02-21T15:00', end: '2027-02-21T16:00', allDay: true },
      ['2027-02-21T00:00:00', '2027-02-22T00:00:00'],
    ],
    [
      { start: '2028-02-28T08:00', end: '2028-02-28T08:00', allDay: true },
      ['2028-02-28T00:00:00', '2028-02-29T00:00:00'],
    ],
    [{ start: 'x', end: 'y', allDay: true }, ['x', 'y']],
  ])('roktEventTimes(%j)', (draft, [start, end]) => {
    expect(roktEventTimes(draft)).toEqual({ start, end });
  });

  it.each([
    ['2027-02-22T00:00:00', '2027-02-21T00:00'],
    ['2027-03-01T00:00:00', '2027-02-28T00:00'],
    ['2027-02-22T10:00:00', '2027-02-22T10:00:00'],
  ])('draftAllDayEnd(%j) = %j', (rokt, draft) => {
    expect(draftAllDayEnd(rokt)).toBe(draft);
  });
});
