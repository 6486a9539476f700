/**
 * Exactly Braze's filters: Liquid 5's standard filters plus Braze's documented additions, one family
 * per file. Every other name is an "unknown filter" error; the ones Braze documents as unsupported
 * say so. Each call checks its argument count (Ruby raises on too many or too few) and charges the
 * render's memory limit for what it builds.
 */
import type { Liquid } from 'liquidjs';
import { BrazeProblemError } from '../errors';
import { ARRAY_FILTERS } from './array';
import { DATE_FILTERS } from './date';
import { ENCODING_FILTERS } from './encoding';
import { FORMAT_FILTERS } from './format';
import { HTML_URL_FILTERS } from './html-url';
import { JSON_FILTERS } from './json';
import { MATH_FILTERS } from './math';
import { STRING_FILTERS } from './string';
import { plain } from './filter-kit';
import type { FilterDef, FilterFamily, FilterThis } from './filter-kit';

/** Every filter the preview runs, by name. */
const BRAZE_FILTERS: FilterFamily = {
  ...MATH_FILTERS,
  ...STRING_FILTERS,
  ...HTML_URL_FILTERS,
  ...ARRAY_FILTERS,
  ...DATE_FILTERS,
  ...ENCODING_FILTERS,
  ...JSON_FILTERS,
  ...FORMAT_FILTERS,
};

/** Liquid 5 filters Braze documents as unsupported (plus Shopify colour/font filters). */
export const UNSUPPORTED_FILTERS = [
  'find_index',
  'camelize',
  'camelcase',
  'handleize',
  'handle',
  'pluralize',
  'lstrip',
  'rstrip',
  'money_with_currency',
  'money_without_currency',
  'money_without_trailing_zeros',
  'color_to_rgb',
  'color_to_hsl',
  'color_to_hex',
  'color_extract',
  'color_brightness',
  'color_modify',
  'color_lighten',
  'color_darken',
  'color_saturate',
  'color_desaturate',
  'color_mix',
  'color_contrast',
  'color_difference',
  'brightness_difference',
  'hex_to_rgba',
  'font_face',
  'font_url',
  'font_modify',
];

/** Memory units a value takes: characters of a string, elements of an array. */
function sizeOf(v: unknown): number {
  if (typeof v === 'string') return v.length;
  if (Array.isArray(v)) return v.length;
  return 1;
}

function argumentCount(name: string, d: FilterDef, given: number): BrazeProblemError {
  const expected = d.min === d.max ? String(d.min) : `${d.min} to ${d.max}`;
  const noun = d.max === 1 && d.min === 1 ? 'argument' : 'arguments';
  return new BrazeProblemError(
    'liquid.render',
    `The "${name}" filter takes ${expected} ${noun} but was given ${given}; Braze stops with an error here. Fix the arguments after "${name}:".`,
    { v: 'arguments', filter: name, min: d.min, max: d.max, given },
  );
}

/** The liquidjs handler for `d`: Ruby argument rules, nil for undefined, the memory limit charged. */
function handler(name: string, d: FilterDef) {
  return function (this: FilterThis, input: unknown, ...raw: unknown[]): unknown {
    const tokens = (this.token as { args?: unknown[] }).args ?? [];
    const positional: unknown[] = [];
    const keywords: Record<string, unknown> = {};
    let hasKeywords = false;
    raw.forEach((arg, i) => {
      if (Array.isArray(tokens[i]) && Array.isArray(arg)) {
        keywords[String(arg[0])] = plain(arg[1]);
        hasKeywords = true;
      } else positional.push(plain(arg));
    });
    if (hasKeywords) positional.push(keywords);
    if (positional.length < d.min || positional.length > d.max)
      throw argumentCount(name, d, positional.length);
    const result = d.fn.call(this, plain(input), ...positional);
    this.context.memoryLimit.use(sizeOf(result));
    return result;
  };
}

/** Replace liquidjs's own filters with exactly Braze's. */
export function registerBrazeFilters(liquid: Liquid): void {
  for (const name of Object.keys(liquid.filters)) delete liquid.filters[name];
  for (const [name, d] of Object.entries(BRAZE_FILTERS)) liquid.registerFilter(name, handler(name, d));
}
