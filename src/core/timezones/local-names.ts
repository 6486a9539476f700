import type { TimezoneEntry } from './timezone-entry';

/** A Windows id's names in one language, as generated into `public/timezones.<locale>.json`. */
interface LocalZoneNames {
  /** The zone's generic name (CLDR metazone, sentence case): `Hora oriental`. */
  label: string;
  /** Exemplar cities of the id's zones in that language, in the entry's zone order: `Nueva York`… */
  cities: string[];
  /** Further names to search by (metazone standard and summer names): `hora estándar oriental`… */
  names: string[];
}

/** Windows id -> its names in one language. */
export type LocalZoneNameTable = Record<string, LocalZoneNames>;

/**
 * The picker list in another language: each entry shows the local label and cities, and stays findable
 * by its English label, English cities, IANA zones, Windows id and the local metazone names.
 * Entries the table does not cover are returned unchanged.
 */
export function localizeTimezones(list: TimezoneEntry[], table: LocalZoneNameTable): TimezoneEntry[] {
  return list.map((entry) => {
    const local = Object.hasOwn(table, entry.id) ? table[entry.id] : undefined;
    if (!local) return entry;
    const aliases = [entry.label, ...entry.cities, ...local.names].filter(
      (name) => name !== local.label && !local.cities.includes(name),
    );
    return { ...entry, label: local.label, cities: local.cities, aliases: [...new Set(aliases)] };
  });
}
