/**
 * Braze's JSON filters: `json_escape` (escape for use inside a JSON string), `json_parse`,
 * `as_json_string`, and `property_accessor` (read a key that Liquid syntax cannot spell).
 */
import { escapeJsonText } from '../../json';
import { RubyFloat } from '../ruby-number';
import { argumentError, def, plain, rubyToS } from './filter-kit';
import type { FilterFamily } from './filter-kit';

/** Escape for use INSIDE a JSON string: quotes, backslashes, control characters, U+2028/9; no quotes added. */
function jsonEscape(value: unknown): string {
  return escapeJsonText(rubyToS(plain(value)));
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
