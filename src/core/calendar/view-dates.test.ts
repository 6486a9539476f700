import { describe, expect, it } from 'vitest';
import { isoWeekday, shiftView, viewDates } from './view-dates';

describe('view dates', () => {
  it.each([
    ['2027-06-14', 1],
    ['2027-06-20', 7],
    ['2028-02-29', 2],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it('gives Monday to Sunday for a week view, across a month and a clock change', () => {
    expect(viewDates('2027-10-31', 'week')).toEqual([
      '2027-10-25',
      '2027-10-26',
      '2027-10-27',
      '2027-10-28',
      '2027-10-29',
      '2027-10-30',
      '2027-10-31',
    ]);
    expect(viewDates('2027-10-31', 'day')).toEqual(['2027-10-31']);
  });

  it('moves by a day or a week', () => {
    expect(shiftView('2027-12-31', 'day', 1)).toBe('2028-01-01');
    expect(shiftView('2027-03-01', 'week', -1)).toBe('2027-02-22');
  });
});
