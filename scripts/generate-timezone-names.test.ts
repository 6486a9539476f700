import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateLocalNameFiles, readCldrWindowsZones } from './generate-timezones';
import {
  NAME_LOCALES,
  buildLocalNames,
  currentMetazone,
  namesPath,
  readCldrMetaZones,
  readCldrTimeZoneNames,
} from './generate-timezone-names';

const cldr = readCldrWindowsZones();
const meta = readCldrMetaZones();

describe('generate-timezone-names', () => {
  it.each(NAME_LOCALES)('committed timezones.%s.json matches the generator', (locale) => {
    const stale = `timezones.${locale}.json is stale: run npm run timezones`;
    expect(readFileSync(namesPath(locale), 'utf8') === generateLocalNameFiles(cldr)[locale], stale).toBe(
      true,
    );
  });

  it.each([
    ['America/New_York', 'America_Eastern'],
    ['Asia/Calcutta', 'India'],
    ['Europe/Madrid', 'Europe_Central'],
    ['Etc/GMT+12', undefined],
  ])('%s uses metazone %s today', (zone, metazone) => {
    expect(currentMetazone(meta, zone)).toBe(metazone);
  });

  it.each([
    [
      {
        id: 'E',
        iana: 'America/New_York',
        label: 'Eastern Time',
        zones: ['America/New_York'],
        cities: ['New York'],
      },
      {
        label: 'Hora oriental',
        cities: ['Nueva York'],
        names: ['hora estándar oriental', 'hora de verano oriental'],
      },
    ],
    [
      { id: 'D', iana: 'Etc/GMT+12', label: 'Dateline Time', zones: ['Etc/GMT+12'], cities: [] },
      { label: 'UTC-12', cities: [], names: [] },
    ],
    [
      { id: 'J', iana: 'Asia/Amman', label: 'Jordan Time', zones: ['Asia/Amman'], cities: ['Amman'] },
      { label: 'Hora de Ammán', cities: ['Ammán'], names: [] },
    ],
  ])('names %o in Spanish as %o', (entry, expected) => {
    expect(buildLocalNames([entry], readCldrTimeZoneNames('es'), meta, 'es')[entry.id]).toEqual(expected);
  });
});
