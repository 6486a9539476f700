import type { Header } from '../../core/template';

/** Headers typed as `Name: value` lines, plus the non-empty lines that are not in that form. */
export function parseHeaderLines(text: string): { headers: Header[]; ignored: string[] } {
  const headers: Header[] = [];
  const ignored: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) {
      ignored.push(line);
      continue;
    }
    headers.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return { headers, ignored };
}
