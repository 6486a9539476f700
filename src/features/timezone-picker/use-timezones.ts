import { useQuery } from '@tanstack/react-query';
import type { TimezoneEntry } from '../../core/timezones';

const isEntry = (value: unknown): value is TimezoneEntry => {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.iana === 'string' &&
    typeof v.label === 'string' &&
    Array.isArray(v.zones) &&
    Array.isArray(v.cities)
  );
};

/** Fetches and checks /timezones.json (the Windows timezone list). */
async function fetchTimezones(): Promise<TimezoneEntry[]> {
  const response = await fetch('/timezones.json');
  if (!response.ok) throw new Error(`The timezone list could not be loaded (HTTP ${response.status}).`);
  const data: unknown = await response.json();
  if (!Array.isArray(data)) throw new Error('The timezone list is not a list.');
  return data.filter(isEntry);
}

/** The timezone list through react-query: fetched once per session, retried once on failure. */
export function useTimezones() {
  return useQuery({
    queryKey: ['timezones'],
    queryFn: fetchTimezones,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
    retryDelay: 300,
  });
}
