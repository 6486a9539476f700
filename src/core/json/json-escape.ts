/** What JSON.stringify or the U+2028/9 rule below would change in a string (any surrogate, to be safe). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u2028\u2029\ud800-\udfff]/;

/**
 * Returns `text` escaped for use inside a JSON string, as Braze's `json_escape` does: quotes, backslashes,
 * control characters and U+2028/9 escaped, no quotes added.
 */
export function escapeJsonText(text: string): string {
  // Most values (ids, names) hold nothing to escape: they are their own escape.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return JSON.stringify(text)
    .slice(1, -1)
    .replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
