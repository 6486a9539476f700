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
 *
 * Lax shapes that render in Braze but are easy to get wrong are noted as warnings (see lax-warnings.ts).
 */
import { type LaxWarning, laxWarning } from './lax-warnings';

export const USER_VAR = '__braze_user';

export interface Rewritten {
  /** Text liquidjs parses. */
  code: string;
  /** Offset in the original text for an offset in `code`. */
  toOriginal(offset: number): number;
  /** Risky lax syntax found, each at its offset in the original text. */
  warnings: LaxWarning[];
}

const RAW_OPEN = /\{%-?\s*raw\s*-?%\}/y;
const RAW_CLOSE = /\{%-?\s*endraw\s*-?%\}/g;
const NESTED_OUTPUT = /\{\{[^}]*\{\{/;
const TAG_NAME = /\{%-?\s*([A-Za-z_][\w-]*)/y;
/** Tags whose expression Liquid evaluates without filters. */
const CONDITION_TAGS = new Set(['if', 'elsif', 'unless', 'case', 'when', 'for', 'tablerow']);
/** `abort_message(reason)` with a reason that is not in quotes. */
const UNQUOTED_REASON = /^\s*\(\s*([^'"\s)][^)]*)\)/;

/** Rewrite Braze Liquid into liquidjs Liquid with an offset map (see module comment). */
export function rewriteBraze(src: string): Rewritten {
  if (!src.includes('${') && !src.includes('{%') && !NESTED_OUTPUT.test(src))
    return { code: src, toOriginal: (o) => o, warnings: [] };
  const out: string[] = [];
  const warnings: LaxWarning[] = [];
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

  /** The text inside the `{{ }}` opening at `from`, for a warning's suggested fix. */
  const nestedText = (from: number): string => {
    let end = from + 2;
    while (end < src.length && !(src[end] === '}' && src[end + 1] === '}')) {
      if (src[end] === '$' && src[end + 1] === '{') end = src.indexOf('}', end) + 1 || src.length;
      else end++;
    }
    return src.slice(from + 2, end).trim();
  };

  /** Scan a delimited region from `start` (just after `{{` or `{%`); returns the index after it. */
  const scan = (start: number, tag: string | null, keepBraces: boolean): number => {
    const isTag = tag !== null;
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
        const written = src.slice(i + 2, close);
        const name = written.trim();
        if (name !== written && name !== '') warnings.push(laxWarning('spaces-in-name', i, name));
        const q = name.includes('"') ? "'" : '"';
        if (src[i - 1] === '.') replace(i - 1, close + 1, `[${q}${name}${q}]`);
        else replace(i, close + 1, `${USER_VAR}[${q}${name}${q}]`);
        i = close + 1;
      } else if (ch === '{' && src[i + 1] === '{') {
        const grouped = nestedHasFilter(i);
        if (!keepBraces && closers.length === 0) {
          if (!isTag) warnings.push(laxWarning('nested-output', i, nestedText(i)));
          else if (grouped && CONDITION_TAGS.has(tag))
            warnings.push(laxWarning('filter-in-condition', i, tag));
        }
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
      i = scan(open + 2, null, false);
    } else if (next === '%') {
      RAW_OPEN.lastIndex = open;
      if (RAW_OPEN.test(src)) {
        RAW_CLOSE.lastIndex = RAW_OPEN.lastIndex;
        const close = RAW_CLOSE.exec(src);
        i = close ? close.index + close[0].length : src.length;
        continue;
      }
      TAG_NAME.lastIndex = open;
      const name = TAG_NAME.exec(src)?.[1] ?? '';
      const after = TAG_NAME.lastIndex;
      if (name !== '' && src[after] === '{' && src[after + 1] === '{')
        warnings.push(laxWarning('glued-tag-name', open, name));
      if (name === 'abort_message') {
        const reason = UNQUOTED_REASON.exec(src.slice(after, src.indexOf('%}', after)))?.[1]?.trim();
        if (reason) warnings.push(laxWarning('unquoted-reason', open, reason));
      }
      i = scan(open + 2, name, name === 'connected_content');
    } else i = open + 1;
  }
  flush(src.length);
  const code = out.join('');
  return { code, toOriginal: (offset) => mapOffset(offset, outAt, srcAt, src.length), warnings };
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
