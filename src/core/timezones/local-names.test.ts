import { describe, expect, it } from 'vitest';
import timezones from '../../../public/timezones.json';
import spanish from '../../../public/timezones.es.json';
import { localizeTimezones, type LocalZoneNameTable } from './local-names';
import { searchTimezones } from './search';
import type { TimezoneEntry } from './timezone-entry';

const list: TimezoneEntry[] = localizeTimezones(timezones, spanish as LocalZoneNameTable);
const JAN = new Date('2026-01-15T12:00:00Z');
const JUL = new Date('2026-07-15T12:00:00Z');
const first = (query: string, instant = JAN) => searchTimezones(list, query, instant)[0]?.id;

describe('Spanish timezone search', () => {
  it.each([
    ['nueva york', 'Eastern Standard Time'],
    ['Nueva York', 'Eastern Standard Time'],
    ['ciudad de méxico', 'Central Standard Time (Mexico)'],
    ['Ciudad de Mexico', 'Central Standard Time (Mexico)'],
    ['CIUDAD DE MEXICO', 'Central Standard Time (Mexico)'],
    ['tokio', 'Tokyo Standard Time'],
    ['calcuta', 'India Standard Time'],
    ['hora estándar oriental', 'Eastern Standard Time'],
    ['hora estandar oriental', 'Eastern Standard Time'],
    ['hora de verano oriental', 'Eastern Standard Time'],
    ['los angeles', 'Pacific Standard Time'],
    ['parís', 'Romance Standard Time'],
    ['londres', 'GMT Standard Time'],
    ['sao paulo', 'E. South America Standard Time'],
    // English names, Windows ids and IANA zones still work in Spanish.
    ['new york', 'Eastern Standard Time'],
    ['kolkata', 'India Standard Time'],
    ['Tokyo Standard Time', 'Tokyo Standard Time'],
    ['America/Mexico_City', 'Central Standard Time (Mexico)'],
  ])('%j finds %s first', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it.each([
    ['+5:30', JAN, 'India Standard Time'],
    ['utc-4', JUL, 'SA Western Standard Time'],
    ['utc-4', JAN, 'SA Western Standard Time'],
  ])('offset query %j at %s works in Spanish', (query, instant, id) => {
    expect(searchTimezones(list, query, instant).map((e) => e.id)).toContain(id);
  });

  it('shows the Spanish label and cities, keeping the Windows id and zone', () => {
    const eastern = list.find((e) => e.id === 'Eastern Standard Time');
    expect(eastern).toMatchObject({
      id: 'Eastern Standard Time',
      iana: 'America/New_York',
      label: 'Hora oriental',
    });
    expect(eastern?.cities[0]).toBe('Nueva York');
    expect(eastern?.aliases).toContain('Eastern Time');
    expect(eastern?.aliases).toContain('New York');
  });

  it('leaves entries the table does not name unchanged', () => {
    const entry: TimezoneEntry = { id: 'X', iana: 'Etc/UTC', label: 'X', zones: ['Etc/UTC'], cities: [] };
    expect(localizeTimezones([entry], {})).toEqual([entry]);
  });

  it('gives every Windows id a name without an English "Time" label', () => {
    expect(Object.keys(spanish).sort()).toEqual(timezones.map((e) => e.id).sort());
    const english = Object.entries(spanish as LocalZoneNameTable).filter(([, n]) => / Time$/.test(n.label));
    expect(english).toEqual([]);
  });
});
