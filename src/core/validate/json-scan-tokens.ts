import type { JsonScanError } from './json-scan';

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Scans a number at `at`; returns the offset after it, or -(offset + 1) of the character that breaks it. */
export function scanNumber(text: string, at: number): number {
  let i = at;
  if (text[i] === '-') i++;
  if (!isDigit(text[i])) return -(i + 1);
  if (text[i] === '0') i++;
  else while (isDigit(text[i])) i++;
  if (text[i] === '.') {
    i++;
    if (!isDigit(text[i])) return -(i + 1);
    while (isDigit(text[i])) i++;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    if (!isDigit(text[i])) return -(i + 1);
    while (isDigit(text[i])) i++;
  }
  return i;
}

/** Scans a string starting at the quote `at`; returns the offset after its closing quote, or the error. */
export function scanString(text: string, at: number, key: string | null): number | JsonScanError {
  let i = at + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return { kind: 'control-char', offset: i, key };
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === undefined) break;
      if (next === 'u') {
        const bad = text.slice(i + 2, i + 6).search(/[^0-9a-fA-F]/);
        if (bad !== -1) return { kind: 'bad-escape', offset: i + 2 + bad, key };
        if (i + 6 > text.length) break;
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(next)) return { kind: 'bad-escape', offset: i + 1, key };
      i += 2;
      continue;
    }
    i++;
  }
  return { kind: 'unexpected-end', offset: text.length, open: [], inString: true };
}
