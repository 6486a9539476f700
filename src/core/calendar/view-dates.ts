import { addDays } from '../timezones';

/** ISO day of week of a `YYYY-MM-DD` date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** The dates a day view (the date itself) or a week view (Monday to Sunday around it) shows. */
export function viewDates(date: string, view: 'day' | 'week'): string[] {
  if (view === 'day') return [date];
  const monday = addDays(date, 1 - isoWeekday(date));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The date one view later (`step` 1) or earlier (`step` -1): a day or a week. */
export function shiftView(date: string, view: 'day' | 'week', step: 1 | -1): string {
  // Stryker disable next-line ArithmeticOperator: step is 1 or -1, so 7 / step equals 7 * step.
  return addDays(date, view === 'day' ? step : 7 * step);
}
