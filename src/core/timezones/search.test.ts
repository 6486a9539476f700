import { describe, expect, it } from 'vitest';
import timezones from '../../../public/timezones.json';
import { offsetLabel, parseOffsetQuery, searchTimezones } from './search';
import type { TimezoneEntry } from './timezone-entry';

const list: TimezoneEntry[] = timezones;
const JAN = new Date('2026-01-15T12:00:00Z');
const JUL = new Date('2026-07-15T12:00:00Z');
const ids = (query: string, instant = JAN) => searchTimezones(list, query, instant).map((e) => e.id);
const entry = (id: string) => list.find((e) => e.id === id) as TimezoneEntry;

describe('searchTimezones', () => {
  it.each([
    ['kolkata', 'India Standard Time'],
    ['Calcutta', 'India Standard Time'],
    ['new york', 'Eastern Standard Time'],
    ['New_York', 'Eastern Standard Time'],
    ['America/New_York', 'Eastern Standard Time'],
    ['Pacific Standard Time', 'Pacific Standard Time'],
    ['pacific time', 'Pacific Standard Time'],
    ['são paulo', 'E. South America Standard Time'],
    ['SAO PAULO', 'E. South America Standard Time'],
    ['zurich', 'W. Europe Standard Time'],
    ['buenos aires', 'Argentina Standard Time'],
    ['kathmandu', 'Nepal Standard Time'],
    ['utc', 'UTC'],
  ])('%j finds %s first', (query, id) => {
    expect(ids(query)[0]).toBe(id);
  });

  it('ranks prefix matches before substring matches', () => {
    const found = ids('Pacific Standard Time');
    expect(found.slice(0, 2)).toEqual(['Pacific Standard Time', 'Pacific Standard Time (Mexico)']);
    expect(found).toContain('SA Pacific Standard Time');
  });

  it.each([
    ['+5:30', JAN, ['India Standard Time', 'Sri Lanka Standard Time']],
    ['UTC+05:30', JAN, ['India Standard Time', 'Sri Lanka Standard Time']],
    ['+0545', JAN, ['Nepal Standard Time']],
    ['gmt+13:45', JAN, ['Chatham Islands Standard Time']],
    ['gmt+12:45', JUL, ['Chatham Islands Standard Time']],
  ])('offset query %j at %s', (query, instant, expected) => {
    expect(ids(query, instant)).toEqual(expected);
  });

  it.each([
    ['utc-3', JAN, 'Argentina Standard Time', 'Atlantic Standard Time'],
    ['utc-3', JUL, 'Atlantic Standard Time', 'Greenland Standard Time'],
    ['-03', JUL, 'Argentina Standard Time', 'Eastern Standard Time'],
    ['gmt+1', JUL, 'GMT Standard Time', 'UTC'],
    ['gmt+1', JAN, 'W. Europe Standard Time', 'GMT Standard Time'],
    ['utc-4', JUL, 'Eastern Standard Time', 'Central Standard Time'],
  ])('offset query %j at %s is DST-aware: has %s, not %s', (query, instant, present, absent) => {
    const found = ids(query, instant);
    expect(found).toContain(present);
    expect(found).not.toContain(absent);
  });

  it('does not match Etc/GMT+1 style names by text for an offset query', () => {
    expect(ids('gmt+1', JUL)).not.toContain('Cape Verde Standard Time');
  });

  it.each([
    ['', list.length],
    ['   ', list.length],
    ['xyzzy', 0],
  ])('query %j returns %i entries', (query, count) => {
    expect(ids(query)).toHaveLength(count);
  });
});

describe('searchTimezones ranks exact, prefix, word prefix, substring, then every word somewhere', () => {
  const place = (id: string, cities: string[], aliases?: string[]): TimezoneEntry => ({
    id,
    iana: 'UTC',
    label: id,
    zones: [],
    cities,
    ...(aliases ? { aliases } : {}),
  });
  // Listed worst match first, so that a tie in rank would keep this (wrong) order.
  const places = [
    place('none', ['Lima']),
    place('all-words', ['Cityville', 'Yorkton']),
    place('substring', ['Newyork City']),
    place('word-prefix', ['New York City']),
    place('prefix', ['York City Harbour']),
    place('exact', ['York City']),
  ];
  const found = (query: string, list = places) => searchTimezones(list, query, JAN).map((e) => e.id);

  it('orders the matches by how well they match', () => {
    expect(found('york city')).toEqual(['exact', 'prefix', 'word-prefix', 'substring', 'all-words']);
    expect(found('  YORK   city ')).toEqual(['exact', 'prefix', 'word-prefix', 'substring', 'all-words']);
  });

  it('finds a word prefix after a slash or parenthesis, and keeps equal matches in list order', () => {
    const list = [
      place('b', ['Lord Howe (Island) South']),
      place('c', ['Pacific/Island Bay']),
      place('a', ['Islandia']),
      place('d', ['Island (North)']),
    ];
    expect(found('island', list)).toEqual(['a', 'd', 'b', 'c']);
    expect(found('island north', [place('e', ['North', 'Island']), ...list])).toEqual(['d', 'e']);
  });

  it('finds an entry by an alias, and needs every word of the query somewhere', () => {
    const list = [place('p', ['North', 'Hampton'], ['Nordhafen'])];
    expect(found('nordhafen', list)).toEqual(['p']);
    expect(found('hampton north', list)).toEqual(['p']);
    expect(found('hampton zzz', list)).toEqual([]);
    expect(found('thha', list)).toEqual([]); // not across two names
  });
});

describe('parseOffsetQuery', () => {
  it.each([
    [' +5:30 ', 330],
    ['x+5', undefined],
    ['+5x', undefined],
    ['+5:30', 330],
    ['utc-3', -180],
    ['UTC+05:30', 330],
    ['-03', -180],
    ['gmt+1', 60],
    ['+0530', 330],
    ['UTC +14', 840],
    ['utc', undefined],
    ['+15', undefined],
    ['+5:75', undefined],
    ['+5:59', 359],
    ['+5:60', undefined],
    ['\u22125:30', -330],
    ['UTC\u22123', -180],
    ['+14:00', 840],
    ['india', undefined],
  ])('%j -> %s', (query, minutes) => {
    expect(parseOffsetQuery(query)).toBe(minutes);
  });
});

describe('offsetLabel', () => {
  it.each([
    ['Eastern Standard Time', JAN, 'UTC-05:00'],
    ['Eastern Standard Time', JUL, 'UTC-04:00'],
    ['India Standard Time', JUL, 'UTC+05:30'],
    ['UTC', JUL, 'UTC+00:00'],
  ])('%s at %s is %s', (id, instant, label) => {
    expect(offsetLabel(entry(id), instant)).toBe(label);
  });
});
