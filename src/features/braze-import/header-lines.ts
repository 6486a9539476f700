import type { Header } from '../../core/template';

/**
 * Headers typed one per line, as `Name: value` or `Name<Tab>value` (a copy of a two-column table; the value
 * may hold `https:`, so a tab wins over the colon), plus the non-empty lines in neither form.
 */
export function parseHeaderLines(text: string): { headers: Header[]; ignored: string[] } {
  const headers: Header[] = [];
  const ignored: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const tab = line.indexOf('\t');
    const split = tab > 0 ? tab : line.indexOf(':');
    if (split <= 0) {
      ignored.push(line);
      continue;
    }
    const name = line.slice(0, split).trim().replace(/:$/, '').trim();
    headers.push({ name, value: line.slice(split + 1).trim() });
  }
  return { headers, ignored };
}
