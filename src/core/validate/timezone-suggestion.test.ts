import { describe, expect, it } from 'vitest';
import { suggestWindowsZone, unknownTimezoneMessage } from './timezone-suggestion';

describe('suggestWindowsZone', () => {
  it.each([
    ['', undefined],
    ['   ', undefined],
    ['Eastern Standard Time', 'Eastern Standard Time'],
    [' Eastern Standard Time ', 'Eastern Standard Time'],
    ['eastern standard time', 'Eastern Standard Time'],
    ['Eastern_Standard-Time', 'Eastern Standard Time'],
    ['America/New_York', 'Eastern Standard Time'],
    ['UTC', 'UTC'],
    ['Europe/Nowhere', undefined],
    ['Pacific', undefined],
    ['GMT Standard Time', 'GMT Standard Time'],
    ['Asia/Kolkata', 'India Standard Time'],
    ['Nowhere Time', undefined],
  ])('%j → %j', (input, zone) => {
    expect(suggestWindowsZone(input)).toBe(zone);
  });
});

describe('unknownTimezoneMessage', () => {
  it.each([
    [
      '',
      'Timezone "" is not a timezone Rokt knows. Rokt needs a Windows timezone id such as "Eastern Standard Time"; pick one from the list.',
    ],
    [
      ' Eastern Standard Time ',
      'Timezone " Eastern Standard Time " is not a timezone Rokt knows. Did you mean "Eastern Standard Time"? Write it exactly like that.',
    ],
    [
      'eastern standard time',
      'Timezone "eastern standard time" is not a timezone Rokt knows. Did you mean "Eastern Standard Time"? Write it exactly like that.',
    ],
    [
      'Eastern_Standard-Time',
      'Timezone "Eastern_Standard-Time" is not a timezone Rokt knows. Did you mean "Eastern Standard Time"? Write it exactly like that.',
    ],
    [
      'America/New_York',
      'Timezone "America/New_York" is an IANA name; Rokt needs a Windows timezone id. Use "Eastern Standard Time".',
    ],
    [
      'Europe/Nowhere',
      'Timezone "Europe/Nowhere" is not a timezone Rokt knows. Rokt needs a Windows timezone id such as "Eastern Standard Time"; pick one from the list.',
    ],
    [
      'Pacific',
      'Timezone "Pacific" is not a timezone Rokt knows. Rokt needs a Windows timezone id such as "Eastern Standard Time"; pick one from the list.',
    ],
    [
      'Asia/Kolkata',
      'Timezone "Asia/Kolkata" is an IANA name; Rokt needs a Windows timezone id. Use "India Standard Time".',
    ],
  ])('%j', (input, message) => {
    expect(unknownTimezoneMessage('Timezone', input)).toBe(message);
  });
});
