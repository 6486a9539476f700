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

/** Lexes a masked body (Liquid replaced by spaces) for string values and stray curly quotes; tolerant of bad JSON. */
export function lexBody(masked: string): BodyLex {
  const strings: BodyString[] = [];
  const curlyQuotes: number[] = [];
  let lastKey: string | null = null;
  let i = 0;
  while (i < masked.length) {
    const code = masked.charCodeAt(i);
    if (code === 0x22) {
      let j = i + 1;
      while (j < masked.length) {
        const c = masked.charCodeAt(j);
        if (c === 0x22 || c === 0x0a) break;
        j += c === 0x5c ? 2 : 1;
      }
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
    // Character codes, not a regular expression per character: the body can be a megabyte.
    if (code === 0x201c || code === 0x201d || code === 0x201e) curlyQuotes.push(i);
    i++;
  }
  return { strings, curlyQuotes };
}
