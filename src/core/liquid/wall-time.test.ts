import { describe, expect, it } from 'vitest';
import { knownZone, wallTime } from './wall-time';

describe('wallTime: the clock a zone shows at an instant', () => {
  it.each([
    [
      'UTC when no zone is given',
      '2024-07-04T16:31:45.250Z',
      undefined,
      [2024, 7, 4, 16, 31, 45, 250, 0, 'UTC'],
    ],
    [
      'New York in summer',
      '2024-07-04T16:31:45.250Z',
      'America/New_York',
      [2024, 7, 4, 12, 31, 45, 250, -240, 'EDT'],
    ],
    [
      'New York in winter',
      '2024-01-15T05:02:03.004Z',
      'America/New_York',
      [2024, 1, 15, 0, 2, 3, 4, -300, 'EST'],
    ],
    [
      'Kolkata, half an hour off',
      '2024-07-04T23:59:59.999Z',
      'Asia/Kolkata',
      [2024, 7, 5, 5, 29, 59, 999, 330, 'GMT+5:30'],
    ],
    // Before 1970 the milliseconds are negative; London kept summer time all year in 1969.
    [
      'London before 1970',
      '1969-12-31T23:59:59.500Z',
      'Europe/London',
      [1970, 1, 1, 0, 59, 59, 500, 60, 'GMT+1'],
    ],
    ['an offset in minutes', '2024-07-04T16:31:45.250Z', -210, [2024, 7, 4, 13, 1, 45, 250, -210, '']],
  ])('%s', (_, instant, zone, [year, month, day, hour, minute, second, millisecond, offset, zoneName]) => {
    const date = new Date(instant);
    expect(wallTime(date, zone)).toEqual({
      year,
      month,
      day,
      hour,
      minute,
      second,
      millisecond,
      offset,
      zoneName,
      epochMs: date.getTime(),
    });
  });

  it('knows the zones the runtime knows', () => {
    expect([knownZone('America/New_York'), knownZone('Mars/Base'), knownZone('Mars/Base')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
