import { createContext, useContext, useSyncExternalStore } from 'react';
import { localizeTimezones, type LocalZoneNameTable, type TimezoneEntry } from '../../core/timezones';
import { useLocale, type AppLocale } from '../../ui/i18n';
import { TimezoneLists, type TimezoneListState } from './timezone-lists';

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

const isNames = (value: unknown): value is LocalZoneNameTable[string] => {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.label === 'string' && Array.isArray(v.cities) && Array.isArray(v.names);
};

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} could not be loaded (HTTP ${response.status}).`);
  return response.json();
}

/** Fetches and checks /timezones.json (the Windows timezone list). */
async function fetchTimezones(): Promise<TimezoneEntry[]> {
  const data = await fetchJson('/timezones.json');
  if (!Array.isArray(data)) throw new Error('The timezone list is not a list.');
  return data.filter(isEntry);
}

/** The list in `locale`: English as published, other languages with their CLDR names (/timezones.<locale>.json). */
export async function fetchLocalTimezones(locale: AppLocale): Promise<TimezoneEntry[]> {
  if (locale === 'en') return fetchTimezones();
  const [list, names] = await Promise.all([fetchTimezones(), fetchJson(`/timezones.${locale}.json`)]);
  if (typeof names !== 'object' || names === null) throw new Error('The timezone names are not a table.');
  const table = Object.fromEntries(Object.entries(names).filter(([, v]) => isNames(v))) as LocalZoneNameTable;
  return localizeTimezones(list, table);
}

/** The lists the picker reads: the page's own (fetched once per language), or a test's fresh one. */
export const TimezoneListsContext = createContext(new TimezoneLists(fetchLocalTimezones));

/**
 * The timezone list in the interface language (fetched on first use, retried once, kept) and a `retry` for
 * after it failed. index.html preloads the English file, so that fetch is answered by the preload.
 */
export function useTimezones(): TimezoneListState & { retry(): void } {
  const lists = useContext(TimezoneListsContext);
  const { locale } = useLocale();
  const state = useSyncExternalStore(lists.subscribe, () => lists.read(locale));
  return { ...state, retry: () => lists.retry(locale) };
}
