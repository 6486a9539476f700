import { describe, expect, it } from 'vitest';
import { ianaForWindowsZone, isKnownWindowsZone, windowsZoneForIana } from './lookup';
import { IANA_TO_WINDOWS, WINDOWS_ZONES } from './windows-zones.generated';
import { ZONE_RENAMES } from './zone-renames';

describe('Windows <-> IANA lookup', () => {
  it.each([
    ['Eastern Standard Time', true],
    ['India Standard Time', true],
    ['UTC', true],
    ['eastern standard time', false],
    ['America/New_York', false],
    ['constructor', false],
    ['', false],
  ])('isKnownWindowsZone(%j) is %s', (id, known) => {
    expect(isKnownWindowsZone(id)).toBe(known);
  });

  it.each([
    ['Eastern Standard Time', 'America/New_York'],
    ['GMT Standard Time', 'Europe/London'],
    ['AUS Eastern Standard Time', 'Australia/Sydney'],
    ['India Standard Time', 'Asia/Calcutta'],
    ['UTC', 'Etc/UTC'],
    ['Nope Standard Time', undefined],
    ['toString', undefined],
  ])('ianaForWindowsZone(%j) is %j', (id, iana) => {
    expect(ianaForWindowsZone(id)).toBe(iana);
  });

  it.each([
    ['America/New_York', 'Eastern Standard Time'],
    ['America/Detroit', 'Eastern Standard Time'],
    ['US/Eastern', 'Eastern Standard Time'],
    ['america/new_york', 'Eastern Standard Time'],
    ['Asia/Calcutta', 'India Standard Time'],
    ['Asia/Kolkata', 'India Standard Time'],
    ['Asia/Kathmandu', 'Nepal Standard Time'],
    ['Europe/Kyiv', 'FLE Standard Time'],
    ['America/Argentina/Buenos_Aires', 'Argentina Standard Time'],
    ['Europe/London', 'GMT Standard Time'],
    ['Pacific/Chatham', 'Chatham Islands Standard Time'],
    ['UTC', 'UTC'],
    ['Etc/UTC', 'UTC'],
    ['Etc/GMT', 'UTC'],
    ['GMT', 'UTC'],
    ['Mars/Olympus_Mons', undefined],
    ['constructor', undefined],
  ])('windowsZoneForIana(%j) is %j', (iana, id) => {
    expect(windowsZoneForIana(iana)).toBe(id);
  });

  it('maps every default zone back to its own Windows id', () => {
    for (const [id, iana] of Object.entries(WINDOWS_ZONES)) expect(IANA_TO_WINDOWS[iana]).toBe(id);
  });

  it.each(Object.entries(ZONE_RENAMES))(
    '%s and its current name %s are the same zone in Intl',
    (cldr, current) => {
      const canonical = (zone: string) =>
        new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
      expect(canonical(current)).toBe(canonical(cldr));
      expect(IANA_TO_WINDOWS[current]).toBe(IANA_TO_WINDOWS[cldr]);
    },
  );
});
