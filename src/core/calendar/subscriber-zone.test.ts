import { describe, expect, it } from 'vitest';
import { subscriberZoneOf } from './subscriber-zone';
import { GUIDE_USER } from '../../testing/calendar-fixtures';

describe('subscriberZoneOf', () => {
  it.each([
    ['Europe/Madrid', 'Europe/Madrid'],
    [' Asia/Kathmandu ', 'Asia/Kathmandu'],
    ['AUS Eastern Standard Time', 'Australia/Sydney'],
    ['Mars/Olympus', null],
    ['', null],
    [42, null],
    [undefined, null],
  ])('time_zone %j → %s', (value, zone) => {
    expect(subscriberZoneOf({ ...GUIDE_USER, time_zone: value })).toBe(zone);
  });
});
