import { windowsZoneForIana } from './lookup';

let hostZone: string | undefined;

/** The IANA zone of the machine or browser running this code ('UTC' when it does not say), read once. */
export function hostIanaZone(): string {
  if (hostZone === undefined) {
    try {
      hostZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    } catch {
      hostZone = 'UTC';
    }
  }
  return hostZone;
}

/** The host's zone as a Windows id, or `fallback` when no Windows id maps to it. */
export function hostWindowsZone(fallback = 'UTC'): string {
  return windowsZoneForIana(hostIanaZone()) ?? fallback;
}
