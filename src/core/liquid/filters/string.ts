/**
 * String filters with Ruby Liquid 5 behaviour: input is `to_s`'d (an array shows its inspect form),
 * `capitalize` lowercases the rest, `split: " "` splits on any run of whitespace and drops trailing
 * empty pieces, `slice` and `truncate` need whole-number lengths, `replace` with an empty pattern
 * inserts between every character.
 */
import { def, rubyToS, toInteger } from './filter-kit';
import type { FilterFamily } from './filter-kit';

const chars = (s: string): string[] => Array.from(s);

/** Ruby `String#split` for a string separator (awk-style for a single space; no trailing empties). */
function rubySplit(text: string, separator: string): string[] {
  const parts =
    separator === ' ' ? text.replace(/^\s+/, '').split(/\s+/)
    : separator === '' ? chars(text)
    : text.split(separator); // prettier-ignore
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

function slice(input: unknown, offset: unknown, length: unknown = null): unknown {
  const start = toInteger(offset, 'slice');
  const len = length === null ? 1 : toInteger(length, 'slice');
  const items: unknown[] = Array.isArray(input) ? input : chars(rubyToS(input));
  const from = start < 0 ? items.length + start : start;
  const picked = from < 0 || from > items.length || len < 0 ? [] : items.slice(from, from + len);
  return Array.isArray(input) ? picked : picked.join('');
}

function truncate(input: unknown, length: unknown = 50, ellipsis: unknown = '...'): unknown {
  if (input === null) return null;
  const text = chars(rubyToS(input));
  const max = toInteger(length, 'truncate');
  const tail = rubyToS(ellipsis);
  if (text.length <= max) return text.join('');
  return text.slice(0, Math.max(0, max - chars(tail).length)).join('') + tail;
}

function truncatewords(input: unknown, count: unknown = 15, ellipsis: unknown = '...'): unknown {
  if (input === null) return null;
  const text = rubyToS(input);
  const words = Math.max(1, toInteger(count, 'truncatewords'));
  const list = rubySplit(text, ' ');
  if (list.length <= words) return text;
  return list.slice(0, words).join(' ') + rubyToS(ellipsis);
}

const STRIP_BLOCKS = /<script[\s\S]*?<\/script>|<!--[\s\S]*?-->|<style[\s\S]*?<\/style>/g;

/** append, prepend, capitalize, downcase, upcase, strip, strip_html, strip_newlines, newline_to_br, replace(_first), remove(_first), split, slice, truncate, truncatewords. */
export const STRING_FILTERS: FilterFamily = {
  append: def((s: unknown, x: unknown) => rubyToS(s) + rubyToS(x), 1),
  prepend: def((s: unknown, x: unknown) => rubyToS(x) + rubyToS(s), 1),
  capitalize: def((s: unknown) => {
    const [first = '', ...rest] = chars(rubyToS(s));
    return first.toUpperCase() + rest.join('').toLowerCase();
  }),
  downcase: def((s: unknown) => rubyToS(s).toLowerCase()),
  upcase: def((s: unknown) => rubyToS(s).toUpperCase()),
  strip: def((s: unknown) => rubyToS(s).replace(/^[\s\0]+|[\s\0]+$/g, '')),
  strip_html: def((s: unknown) =>
    rubyToS(s)
      .replace(STRIP_BLOCKS, '')
      .replace(/<[\s\S]*?>/g, ''),
  ),
  strip_newlines: def((s: unknown) => rubyToS(s).replace(/\r?\n/g, '')),
  newline_to_br: def((s: unknown) => rubyToS(s).replace(/\r?\n/g, '<br />\n')),
  replace: def(
    (s: unknown, from: unknown, to: unknown = '') => rubyToS(s).replaceAll(rubyToS(from), () => rubyToS(to)),
    1,
    2,
  ),
  replace_first: def(
    (s: unknown, from: unknown, to: unknown = '') => rubyToS(s).replace(rubyToS(from), () => rubyToS(to)),
    1,
    2,
  ),
  remove: def((s: unknown, x: unknown) => rubyToS(s).replaceAll(rubyToS(x), ''), 1),
  remove_first: def((s: unknown, x: unknown) => rubyToS(s).replace(rubyToS(x), ''), 1),
  split: def((s: unknown, sep: unknown) => (s === null ? [] : rubySplit(rubyToS(s), rubyToS(sep))), 1),
  slice: def(slice, 1, 2),
  truncate: def(truncate, 0, 2),
  truncatewords: def(truncatewords, 0, 2),
};
