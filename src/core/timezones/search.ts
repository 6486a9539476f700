import { formatOffset, offsetMinutes } from './offsets';
import type { TimezoneEntry } from './timezone-entry';

/** The entry's UTC offset at `instant` (DST-aware), e.g. `UTC-05:00`. */
export function offsetLabel(entry: TimezoneEntry, instant: Date): string {
  return formatOffset(offsetMinutes(entry.iana, instant));
}

/** Lower-case, accents stripped, `_` and runs of spaces folded to one space. */
function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .trim();
}

/** `+5:30`, `utc-3`, `UTC+05:30`, `-03`, `gmt+1`, `+0530` -> minutes; undefined when not an offset query. */
export function parseOffsetQuery(query: string): number | undefined {
  const m = /^(?:utc|gmt)?\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(query.trim());
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes >= 60) return undefined;
  return (m[1] === '+' ? 1 : -1) * (hours * 60 + minutes);
}

/** 0 exact, 1 prefix, 2 word prefix, 3 substring, 4 every word found somewhere; undefined: no match. */
function rank(entry: TimezoneEntry, q: string): number | undefined {
  const texts = [entry.id, entry.label, ...entry.cities, ...entry.zones];
  if (entry.aliases) texts.push(...entry.aliases);
  const fields = texts.map(normalize);
  if (fields.some((f) => f === q)) return 0;
  if (fields.some((f) => f.startsWith(q))) return 1;
  if (fields.some((f) => f.split(/[\s/()-]+/).some((_, i, words) => words.slice(i).join(' ').startsWith(q))))
    return 2;
  if (fields.some((f) => f.includes(q))) return 3;
  const all = fields.join(' | ');
  return q.split(' ').every((word) => all.includes(word)) ? 4 : undefined;
}

/**
 * Filters the picker list by city, Windows id, label, alias (other-language names) or IANA zone (case- and accent-insensitive), or by an
 * offset query (`+5:30`, `utc-3`: offset matches only) evaluated at `instant`; best matches first (exact,
 * prefix, word prefix, substring), otherwise in list order. An empty query returns the whole list.
 */
export function searchTimezones(list: TimezoneEntry[], query: string, instant: Date): TimezoneEntry[] {
  // An empty query ranks every entry a prefix match (every text starts with ''): the whole list, in order.
  const q = normalize(query);
  const offset = parseOffsetQuery(q);
  const ranked: { entry: TimezoneEntry; score: number }[] = [];
  for (const entry of list) {
    // An offset query matches by offset only: text would mislead (`Etc/GMT+1` is UTC-01:00).
    const score =
      offset === undefined ? rank(entry, q) : offsetMinutes(entry.iana, instant) === offset ? 0 : undefined;
    if (score !== undefined) ranked.push({ entry, score });
  }
  // Array sort is stable: equal scores keep list order.
  return ranked.sort((a, b) => a.score - b.score).map((r) => r.entry);
}
