/**
 * Pre-pass that turns Braze-only syntax into text liquidjs parses, keeping an offset map back to the
 * original so every error is reported where the user typed it.
 *
 * - `${name}` (user attribute) becomes `__braze_user["name"]`; `ns.${name}` becomes `ns["name"]`; the
 *   name is everything up to the next `}`, without the spaces around it (`${ first_name }`).
 * - `{{ }}` written inside a tag or inside another output is optional in Braze
 *   (`{% assign a = {{custom_attribute.${x}}}[0] %}`, `{{ a | plus: {{balance}} }}`,
 *   `{% elsif{{x}} == 1 %}`): the braces become spaces, or parentheses when the inner part has
 *   filters (`{% if {{cats | size}} == 1 %}` is `{% if ( cats | size ) == 1 %}`), except in
 *   `connected_content`, whose URL and options are themselves Liquid templates.
 * - `{% raw %}...{% endraw %}` is copied untouched.
 */

export const USER_VAR = '__braze_user';

export interface Rewritten {
  /** Text liquidjs parses. */
  code: string;
  /** Offset in the original text for an offset in `code`. */
  toOriginal(offset: number): number;
}

const RAW_OPEN = /\{%-?\s*raw\s*-?%\}/y;
const RAW_CLOSE = /\{%-?\s*endraw\s*-?%\}/g;
const NESTED_OUTPUT = /\{\{[^}]*\{\{/;
const TAG_NAME = /\{%-?\s*([A-Za-z_][\w-]*)/y;

/** Rewrite Braze Liquid into liquidjs Liquid with an offset map (see module comment). */
export function rewriteBraze(src: string): Rewritten {
  if (!src.includes('${') && !src.includes('{%') && !NESTED_OUTPUT.test(src))
    return { code: src, toOriginal: (o) => o };
  const out: string[] = [];
  const outAt: number[] = [0];
  const srcAt: number[] = [0];
  let outLen = 0;
  let copied = 0; // original text before this index is already in `out`

  const flush = (to: number): void => {
    if (to > copied) {
      out.push(src.slice(copied, to));
      outLen += to - copied;
    }
    copied = Math.max(copied, to);
  };
  const replace = (from: number, to: number, text: string): void => {
    flush(from);
    outAt.push(outLen);
    srcAt.push(from);
    out.push(text);
    outLen += text.length;
    copied = to;
    outAt.push(outLen);
    srcAt.push(to);
  };

  /** Whether the `{{ }}` opening at `from` holds a filter (a `|` outside quotes and `${}`). */
  const nestedHasFilter = (from: number): boolean => {
    for (let i = from + 2; i < src.length; i++) {
      const ch = src[i];
      if (ch === '"' || ch === "'") {
        const close = src.indexOf(ch, i + 1);
        if (close < 0) return false;
        i = close;
      } else if (ch === '$' && src[i + 1] === '{') {
        const close = src.indexOf('}', i + 2);
        if (close < 0) return false;
        i = close;
      } else if (ch === '|') return true;
      else if (ch === '}' && src[i + 1] === '}') return false;
      else if (ch === '%' && src[i + 1] === '}') return false;
    }
    return false;
  };

  /** Scan a delimited region from `start` (just after `{{` or `{%`); returns the index after it. */
  const scan = (start: number, isTag: boolean, keepBraces: boolean): number => {
    const closers: string[] = []; // replacement for the `}}` of each open nested `{{`
    let i = start;
    while (i < src.length) {
      const ch = src[i];
      // connected_content's own text is not Liquid (JSON headers, URLs): only `{{ }}` inside it has strings.
      if ((ch === '"' || ch === "'") && (!keepBraces || closers.length > 0)) {
        const close = src.indexOf(ch, i + 1);
        i = close < 0 ? src.length : close + 1;
      } else if (ch === '$' && src[i + 1] === '{') {
        const close = src.indexOf('}', i + 2);
        if (close < 0) return src.length;
        const name = src.slice(i + 2, close).trim();
        const q = name.includes('"') ? "'" : '"';
        if (src[i - 1] === '.') replace(i - 1, close + 1, `[${q}${name}${q}]`);
        else replace(i, close + 1, `${USER_VAR}[${q}${name}${q}]`);
        i = close + 1;
      } else if (ch === '{' && src[i + 1] === '{') {
        const grouped = nestedHasFilter(i);
        if (!keepBraces) replace(i, i + 2, grouped ? '( ' : '  ');
        closers.push(grouped ? ' )' : '  ');
        i += 2;
      } else if (ch === '}' && src[i + 1] === '}' && closers.length > 0) {
        const closer = closers.pop()!;
        const next = src[i + 2];
        if (!keepBraces) replace(i, i + 2, closer === '  ' && (next === '[' || next === '.') ? '' : closer);
        i += 2;
      } else if (!isTag && ch === '}' && src[i + 1] === '}') {
        return i + 2;
      } else if (isTag && ch === '%' && src[i + 1] === '}' && closers.length === 0) {
        return i + 2;
      } else i++;
    }
    return i;
  };

  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{', i);
    if (open < 0) break;
    const next = src[open + 1];
    if (next === '{') {
      i = scan(open + 2, false, false);
    } else if (next === '%') {
      RAW_OPEN.lastIndex = open;
      if (RAW_OPEN.test(src)) {
        RAW_CLOSE.lastIndex = RAW_OPEN.lastIndex;
        const close = RAW_CLOSE.exec(src);
        i = close ? close.index + close[0].length : src.length;
        continue;
      }
      TAG_NAME.lastIndex = open;
      const name = TAG_NAME.exec(src)?.[1];
      i = scan(open + 2, true, name === 'connected_content');
    } else i = open + 1;
  }
  flush(src.length);
  const code = out.join('');
  return { code, toOriginal: (offset) => mapOffset(offset, outAt, srcAt, src.length) };
}

/** Binary-search the anchor at or before `offset` and shift by the distance from it. */
function mapOffset(offset: number, outAt: number[], srcAt: number[], srcLength: number): number {
  let lo = 0;
  let hi = outAt.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (outAt[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  // When several anchors share an output offset (a deletion), the last one is the text after it.
  const base = srcAt[lo]! + (offset - outAt[lo]!);
  const nextSrc = lo + 1 < srcAt.length ? srcAt[lo + 1]! : srcLength;
  return Math.min(base, Math.max(nextSrc, srcAt[lo]!), srcLength);
}
