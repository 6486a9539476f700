import { useMemo } from 'react';
import { offsetLabel, searchTimezones, type TimezoneEntry } from '../../core/timezones';

/** One option as the picker shows it. */
export interface TimezoneOption {
  entry: TimezoneEntry;
  offset: string;
  cities: string;
}

const safeOffset = (entry: TimezoneEntry, date: Date) => {
  try {
    return offsetLabel(entry, date);
  } catch {
    return '';
  }
};

/** The options matching `query`, each with its offset on `eventDate` and a few cities. */
export function useTimezoneOptions(list: TimezoneEntry[] | undefined, query: string, eventDate: Date) {
  const time = eventDate.getTime();
  return useMemo((): TimezoneOption[] => {
    if (!list) return [];
    // An invalid event date cannot happen via the composer (it falls back to now); guard anyway.
    const date = new Date(Number.isNaN(time) ? 0 : time);
    return searchTimezones(list, query, date).map((entry) => ({
      entry,
      offset: safeOffset(entry, date),
      cities: entry.cities.slice(0, 4).join(', '),
    }));
  }, [list, query, time]);
}
