import { describe, expect, it } from 'vitest';
import { localStartHour } from './local-start-hour';

describe('localStartHour', () => {
  it.each([
    [
      '15:00 New York in winter, in London',
      '2027-02-21T15:00:00',
      'Eastern Standard Time',
      'Europe/London',
      20,
    ],
    [
      '15:00 New York in summer, in London',
      '2027-07-21T15:00:00',
      'Eastern Standard Time',
      'Europe/London',
      20,
    ],
    [
      '15:00 New York in winter, in Kolkata (next day)',
      '2027-02-21T15:00:00',
      'Eastern Standard Time',
      'Asia/Kolkata',
      1,
    ],
    [
      'a start with an offset after the seconds',
      '2027-02-21T15:00:00-05:00',
      'Eastern Standard Time',
      'Asia/Tokyo',
      5,
    ],
    ['a user without a zone', '2027-02-21T15:00:00', 'Eastern Standard Time', '', null],
    ['an unknown user zone', '2027-02-21T15:00:00', 'Eastern Standard Time', 'Mars/Base', null],
    ['an unknown event zone', '2027-02-21T15:00:00', 'Moon Standard Time', 'Europe/London', null],
    ['a start that is no time', 'soon', 'Eastern Standard Time', 'Europe/London', null],
    ['no start', undefined, 'Eastern Standard Time', 'Europe/London', null],
    ['no event zone', '2027-02-21T15:00:00', undefined, 'Europe/London', null],
    ['a user zone that is not text', '2027-02-21T15:00:00', 'Eastern Standard Time', 5, null],
  ])('%s', (_name, start, eventZone, userZone, hour) => {
    expect(localStartHour(start, eventZone, userZone)).toBe(hour);
  });
});
