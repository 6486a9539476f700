import { describe, expect, it } from 'vitest';
import { datePart, draftAllDayEnd, roktEventTimes, toRoktDateTime } from './rokt-date-time';

describe('Rokt date-times', () => {
  it.each([
    ['2027-02-21T15:00', '2027-02-21T15:00:00'],
    ['2027-02-21T15:00:30', '2027-02-21T15:00:30'],
    [' 2027-02-21T15:00 ', '2027-02-21T15:00:00'],
    ['2027-02-21T15:00:30.5', '2027-02-21T15:00:30.5'],
    ['2027-02-21', '2027-02-21'],
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
    ['2027-02-22T00:30:00', '2027-02-22T00:30:00'],
    ['2027-02-22T00:00:30', '2027-02-22T00:00:30'],
    ['2027-02-22T00:00', '2027-02-21T00:00'],
    [' 2027-01-01T00:00:00 ', '2026-12-31T00:00'],
    ['2027-02-22', '2027-02-22'],
    ['soon', 'soon'],
  ])('draftAllDayEnd(%j) = %j', (rokt, draft) => {
    expect(draftAllDayEnd(rokt)).toBe(draft);
  });
});

describe('datePart', () => {
  it.each([
    ['2027-02-21T15:00', '2027-02-21'],
    ['2027-02-21T15:00:30', '2027-02-21'],
    [' 2027-02-21T15:00 ', '2027-02-21'],
    ['2027-02-21', null],
    ['2027-02-21T15:00:30.5', null],
    ['2027-02-21T15:00Z', null],
    ['21/02/2027 15:00', null],
  ])('datePart(%j) = %j', (wall, expected) => {
    expect(datePart(wall)).toBe(expected);
  });
});
