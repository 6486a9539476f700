import { describe, expect, it } from 'vitest';
import { hostIanaZone, hostWindowsZone } from './host-zone';
import { windowsZoneForIana } from './lookup';

describe('host zone', () => {
  it('reads the zone Intl reports and maps it to its Windows id', () => {
    const iana = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    expect(hostIanaZone()).toBe(iana);
    expect(hostWindowsZone('Fallback')).toBe(windowsZoneForIana(iana) ?? 'Fallback');
  });
});
