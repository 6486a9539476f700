import type { SampleUser } from '../sample-user';
import { resolveIanaZone } from '../timezones';

/**
 * The subscriber's IANA timezone from Braze's standard `time_zone` attribute (e.g. `Europe/Madrid`; a Windows
 * id is accepted too), or null when the user has none or it is not a zone the runtime knows.
 */
export function subscriberZoneOf(user: SampleUser): string | null {
  const value = user.time_zone;
  if (typeof value !== 'string') return null;
  try {
    return resolveIanaZone(value.trim());
  } catch {
    return null;
  }
}
