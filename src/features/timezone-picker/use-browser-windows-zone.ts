import { useState } from 'react';
import { windowsZoneForIana } from '../../core/timezones';

/** The browser's IANA zone mapped to its Windows id, or 'UTC' when it has none. */
export function browserWindowsZone(): string {
  try {
    const iana = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return (iana && windowsZoneForIana(iana)) || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The browser's timezone as a Windows id (fallback 'UTC'), computed once per mount. */
export function useBrowserWindowsZone(): string {
  const [zone] = useState(browserWindowsZone);
  return zone;
}
