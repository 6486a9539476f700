/**
 * Braze's JSON filters: `json_escape` (escape for use inside a JSON string), `json_parse`,
 * `as_json_string`, and `property_accessor` (read a key that Liquid syntax cannot spell).
 */
import { RubyFloat } from '../ruby-number';
import { argumentError, def, plain, rubyToS } from './filter-kit';
import type { FilterFamily } from './filter-kit';

/** What JSON.stringify or the U+2028/9 rule below would change in a string (any surrogate, to be safe). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u2028\u2029\ud800-\udfff]/;

/** Escape for use INSIDE a JSON string: quotes, backslashes, control characters, U+2028/9; no quotes added. */
function jsonEscape(value: unknown): string {
  const text = rubyToS(plain(value));
  // Most values (ids, names) hold nothing to escape: they are their own escape.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return JSON.stringify(text)
    .slice(1, -1)
    .replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

function jsonParse(input: unknown): unknown {
  const text = rubyToS(input);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const start = JSON.stringify(text.slice(0, 40));
    throw argumentError(`json_parse could not read ${start} as JSON`, 'json-parse', { text: start });
  }
}

function asJsonString(input: unknown): string {
  return JSON.stringify(plain(input), (_k, v: unknown) => (v instanceof RubyFloat ? v.value : v)) ?? 'null';
}

function propertyAccessor(input: unknown, key: unknown): unknown {
  const v = plain(input);
  if (typeof v !== 'object' || v === null) return null;
  const k = rubyToS(key);
  return Object.prototype.hasOwnProperty.call(v, k) ? (v as Record<string, unknown>)[k] : null;
}

/** json_escape, json_parse, as_json_string, property_accessor. */
export const JSON_FILTERS: FilterFamily = {
  json_escape: def(jsonEscape),
  json_parse: def(jsonParse),
  as_json_string: def(asJsonString),
  property_accessor: def(propertyAccessor, 1),
};
