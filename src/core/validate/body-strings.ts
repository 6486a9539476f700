/** A double-quoted string in a (Liquid-masked) JSON body: its offsets and, for a value, the key it belongs to. */
export interface BodyString {
  start: number;
  end: number;
  /** The key this string is the value of (or the list it is in), or null when the string is itself a key. */
  key: string | null;
}

/** Result of lexing a masked body: its strings, and curly quotes that stand where JSON quotes belong. */
export interface BodyLex {
  strings: BodyString[];
  curlyQuotes: number[];
}

const CURLY_DOUBLE = /[\u201c\u201d\u201e]/;

/** Lexes a masked body (Liquid replaced by spaces) for string values and stray curly quotes; tolerant of bad JSON. */
export function lexBody(masked: string): BodyLex {
  const strings: BodyString[] = [];
  const curlyQuotes: number[] = [];
  let lastKey: string | null = null;
  let i = 0;
  while (i < masked.length) {
    const c = masked[i] as string;
    if (c === '"') {
      let j = i + 1;
      while (j < masked.length && masked[j] !== '"' && masked[j] !== '\n') j += masked[j] === '\\' ? 2 : 1;
      const end = Math.min(j + 1, masked.length);
      const rest = /^\s*:/.test(masked.slice(end, end + 20));
      if (rest) {
        lastKey = masked.slice(i + 1, j);
        strings.push({ start: i, end, key: null });
      } else {
        strings.push({ start: i, end, key: lastKey });
      }
      i = end;
      continue;
    }
    if (CURLY_DOUBLE.test(c)) curlyQuotes.push(i);
    i++;
  }
  return { strings, curlyQuotes };
}
