import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CldrWindowsZones } from './generate-timezones';
import {
  OUTPUT_PATHS,
  buildTimezoneEntries,
  cityOfZone,
  generateTimezoneFiles,
  labelOfWindowsId,
  readCldrWindowsZones,
} from './generate-timezones';

const cldr = readCldrWindowsZones();

describe('generate-timezones', () => {
  it('committed outputs match the generator', () => {
    const files = generateTimezoneFiles(cldr);
    const stale = 'timezones.json is stale: run npm run timezones';
    expect(readFileSync(OUTPUT_PATHS.json, 'utf8') === files.json, stale).toBe(true);
    expect(readFileSync(OUTPUT_PATHS.ts, 'utf8') === files.ts, stale).toBe(true);
  });

  it('is deterministic and ends with a newline', () => {
    const a = generateTimezoneFiles(cldr);
    expect(generateTimezoneFiles(cldr)).toEqual(a);
    expect(a.json.endsWith(']\n')).toBe(true);
    expect(a.ts.endsWith('}\n')).toBe(true);
  });

  it('lists every Windows id with a 001 mapping once, sorted by standard offset', () => {
    const entries = buildTimezoneEntries(cldr);
    const ids001 = cldr.supplemental.windowsZones.mapTimezones
      .filter((m) => m.mapZone._territory === '001')
      .map((m) => m.mapZone._other);
    expect(entries.map((e) => e.id).sort()).toEqual([...new Set(ids001)].sort());
    expect(entries[0]?.id).toBe('Dateline Standard Time');
    expect(entries.at(-1)?.id).toBe('Line Islands Standard Time');
  });

  it('builds an entry with the 001 zone first, other territories, current names and cities', () => {
    const eastern = buildTimezoneEntries(cldr).find((e) => e.id === 'Eastern Standard Time');
    expect(eastern?.iana).toBe('America/New_York');
    expect(eastern?.label).toBe('Eastern Time');
    expect(eastern?.zones[0]).toBe('America/New_York');
    expect(eastern?.zones).toEqual(
      expect.arrayContaining(['America/Nassau', 'America/Toronto', 'America/Detroit']),
    );
    expect(new Set(eastern?.zones).size).toBe(eastern?.zones.length);
    expect(eastern?.cities).toEqual(expect.arrayContaining(['New York', 'Toronto', 'Louisville']));
    const india = buildTimezoneEntries(cldr).find((e) => e.id === 'India Standard Time');
    expect(india).toEqual({
      id: 'India Standard Time',
      iana: 'Asia/Calcutta',
      label: 'India Time',
      zones: ['Asia/Calcutta', 'Asia/Kolkata'],
      cities: ['Calcutta', 'Kolkata'],
    });
  });

  it('splits space-separated CLDR lists, including one with a trailing space', () => {
    const fake: CldrWindowsZones = {
      supplemental: {
        version: { _cldrVersion: 'test' },
        windowsZones: {
          mapTimezones: [
            { mapZone: { _other: 'X Standard Time', _type: 'Europe/Paris', _territory: '001' } },
            {
              mapZone: { _other: 'X Standard Time', _type: 'Europe/Paris Europe/Monaco ', _territory: 'FR' },
            },
            { mapZone: { _other: 'No Default Standard Time', _type: 'Europe/Rome', _territory: 'IT' } },
          ],
        },
      },
    };
    expect(buildTimezoneEntries(fake)).toEqual([
      {
        id: 'X Standard Time',
        iana: 'Europe/Paris',
        label: 'X Time',
        zones: ['Europe/Paris', 'Europe/Monaco'],
        cities: ['Paris', 'Monaco'],
      },
    ]);
  });

  it.each([
    ['America/Argentina/Buenos_Aires', 'Buenos Aires'],
    ['America/Port-au-Prince', 'Port-au-Prince'],
    ['Asia/Calcutta', 'Calcutta'],
    ['Etc/GMT+3', undefined],
    ['Etc/UTC', undefined],
  ])('cityOfZone(%j) is %j', (zone, city) => {
    expect(cityOfZone(zone)).toBe(city);
  });

  it.each([
    ['Eastern Standard Time', 'Eastern Time'],
    ['Eastern Standard Time (Mexico)', 'Eastern Time (Mexico)'],
    ['UTC-02', 'UTC-02'],
    ['Russia Time Zone 3', 'Russia Time Zone 3'],
  ])('labelOfWindowsId(%j) is %j', (id, label) => {
    expect(labelOfWindowsId(id)).toBe(label);
  });
});
