/** Tells whether a Liquid tag (`{{` output or `{%` statement) opens at `at`. */
export function startsLiquidTag(text: string, at: number): boolean {
  return text[at] === '{' && (text[at + 1] === '{' || text[at + 1] === '%');
}

/**
 * Returns the offset just after the Liquid tag opening at `at` (`{{…}}` or `{%…%}`), skipping quoted
 * strings and `${…}` attribute names inside it, or -1 when the tag is never closed.
 */
export function liquidTagEnd(text: string, at: number): number {
  const close = text[at + 1] === '{' ? '}}' : '%}';
  let i = at + 2;
  while (i < text.length) {
    const c = text[i];
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      if (end === -1) return -1;
      i = end + 1;
    } else if (c === '$' && text[i + 1] === '{') {
      const end = text.indexOf('}', i + 2);
      if (end === -1) return -1;
      i = end + 1;
    } else if (text.startsWith(close, i)) {
      return i + 2;
    } else i++;
  }
  return -1;
}
