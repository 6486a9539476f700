import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { LocalZoneNameTable, TimezoneEntry } from '../src/core/timezones';

/** The part of cldr-dates-full `main/<locale>/timeZoneNames.json` the generator reads. */
export interface CldrTimeZoneNames {
  main: Record<
    string,
    {
      dates: {
        timeZoneNames: {
          zone: Record<string, unknown>;
          metazone: Record<string, { long?: { generic?: string; standard?: string; daylight?: string } }>;
          regionFormat: string;
        };
      };
    }
  >;
}

/** The part of cldr-core `supplemental/metaZones.json` the generator reads. */
export interface CldrMetaZones {
  supplemental: {
    metaZones: {
      metazoneInfo: { timezone: Record<string, unknown> };
    };
  };
}

/** The languages besides English whose timezone names are generated, each into `public/timezones.<locale>.json`. */
export const NAME_LOCALES = ['es'] as const;

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** Where the names of `locale` are written. */
export const namesPath = (locale: string) => `${repoRoot}public/timezones.${locale}.json`;

const require = createRequire(import.meta.url);

/** Reads the installed CLDR timezone names of `locale` (cldr-dates-full). */
export function readCldrTimeZoneNames(locale: string): CldrTimeZoneNames {
  const file = require.resolve(`cldr-dates-full/main/${locale}/timeZoneNames.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as CldrTimeZoneNames;
}

/** Reads the installed CLDR zone -> metazone table (cldr-core). */
export function readCldrMetaZones(): CldrMetaZones {
  return JSON.parse(
    readFileSync(require.resolve('cldr-core/supplemental/metaZones.json'), 'utf8'),
  ) as CldrMetaZones;
}

/** Walks `America/Argentina/Buenos_Aires` down a nested CLDR tree; undefined when a step is missing. */
function atPath(tree: Record<string, unknown>, zone: string): unknown {
  let node: unknown = tree;
  for (const part of zone.split('/')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** The metazone a zone uses today (the CLDR period without an end date). */
export function currentMetazone(meta: CldrMetaZones, zone: string): string | undefined {
  const periods = atPath(meta.supplemental.metaZones.metazoneInfo.timezone, zone);
  if (!Array.isArray(periods)) return undefined;
  const current = (periods as { usesMetazone?: { _mzone?: string; _to?: string } }[]).find(
    (p) => p.usesMetazone && p.usesMetazone._to === undefined,
  );
  return current?.usesMetazone?._mzone;
}

const sentenceCase = (text: string) => text.charAt(0).toLocaleUpperCase('es') + text.slice(1);

/**
 * Each Windows id's names in `locale`: the generic metazone name of its default zone as the label (the
 * English label when CLDR has none), the exemplar city of each of its zones (the English city when CLDR
 * has none) and the metazone standard and summer names for search.
 */
export function buildLocalNames(
  entries: TimezoneEntry[],
  names: CldrTimeZoneNames,
  meta: CldrMetaZones,
  locale: string,
): LocalZoneNameTable {
  const tz = names.main[locale]?.dates.timeZoneNames;
  if (!tz) throw new Error(`CLDR has no timezone names for ${locale}`);
  const table: LocalZoneNameTable = {};
  for (const entry of entries) {
    const cities = entry.zones.flatMap((zone, i) => {
      const exemplar = atPath(tz.zone, zone) as { exemplarCity?: string } | undefined;
      const city = exemplar?.exemplarCity ?? cityOfZoneIn(entry, i);
      return city ? [city] : [];
    });
    const metazones = [
      ...new Set(entry.zones.map((z) => currentMetazone(meta, z)).filter((m) => m !== undefined)),
    ];
    const long = metazones.map((m) => tz.metazone[m]?.long).filter((l) => l !== undefined);
    const own = tz.metazone[currentMetazone(meta, entry.iana) ?? '']?.long;
    const generic = own?.generic ?? own?.standard;
    const searchNames = long
      .flatMap((l) => [l.generic, l.standard, l.daylight])
      .filter((n) => n !== undefined);
    const fallback =
      etcLabel(entry.iana) ?? (cities[0] ? tz.regionFormat.replace('{0}', cities[0]) : entry.label);
    table[entry.id] = {
      label: sentenceCase(generic ?? fallback),
      cities: [...new Set(cities)],
      names: [...new Set(searchNames)].filter((n) => n !== generic),
    };
  }
  return table;
}

/** `Etc/GMT+12` -> `UTC-12` (the Etc sign is inverted), `Etc/UTC` -> `UTC`; undefined for other zones. */
function etcLabel(zone: string): string | undefined {
  const m = /^Etc\/(?:GMT|UTC)(?:([+-])(\d+))?$/.exec(zone);
  if (!m) return undefined;
  return m[1] ? `UTC${m[1] === '+' ? '-' : '+'}${m[2]?.padStart(2, '0') ?? ''}` : 'UTC';
}

/** The English city the entry derived from its `index`-th zone (`cities` skips `Etc/*` zones). */
function cityOfZoneIn(entry: TimezoneEntry, index: number): string | undefined {
  const zone = entry.zones[index] ?? '';
  if (!zone.includes('/') || zone.startsWith('Etc/')) return undefined;
  return zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ');
}

/** public/timezones.<locale>.json: one Windows id per line (small diffs), trailing newline. */
export function renderLocalNamesJson(table: LocalZoneNameTable): string {
  const rows = Object.entries(table).map(([id, names]) => `${JSON.stringify(id)}:${JSON.stringify(names)}`);
  return `{\n${rows.join(',\n')}\n}\n`;
}
