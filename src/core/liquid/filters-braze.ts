/**
 * Braze's own filters (braze.com/docs "Advanced filters"): hashing, encoding, URL escaping, JSON and
 * number formatting. All synchronous, so a render needs no async hop unless Connected Content runs.
 */
import type { FilterImplOptions } from 'liquidjs';
import { toBase64, toHex, utf8 } from './hashes';
import { toRubyString } from './ruby';
import { hash, hmac } from './hmac';
import type { HashName } from './hmac';

type Filter = FilterImplOptions;
const str = (v: unknown): string => toRubyString(v);

const digestFilter =
  (name: HashName): Filter =>
  (v: unknown) =>
    toHex(hash(name, str(v)));
const hmacFilter =
  (name: HashName, encode: (b: Uint8Array) => string): Filter =>
  (v: unknown, key: unknown) =>
    encode(hmac(name, str(key), str(v)));

/** Escape for use INSIDE a JSON string: quotes, backslashes, control characters, U+2028/9; no quotes added. */
export function jsonEscape(value: unknown): string {
  return JSON.stringify(str(value))
    .slice(1, -1)
    .replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** `url_encode`: form encoding like Ruby's CGI.escape (space -> `+`, only `A-Za-z0-9_.-~` kept). */
function urlEncode(v: unknown): string {
  return encodeURIComponent(str(v))
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/** `number_with_delimiter`: 1234567.5 -> `1,234,567.5`. */
function numberWithDelimiter(v: unknown): string {
  const text = str(v);
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(text.trim());
  if (!m) return text;
  return `${m[1]}${m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
}

function jsonParse(v: unknown): unknown {
  const text = str(v);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`json_parse could not read ${JSON.stringify(text.slice(0, 40))} as JSON`);
  }
}

function propertyAccessor(v: unknown, key: unknown): unknown {
  if (typeof v !== 'object' || v === null) return undefined;
  const k = str(key);
  return Object.prototype.hasOwnProperty.call(v, k) ? (v as Record<string, unknown>)[k] : undefined;
}

/** `money`: Braze formats numbers with two decimals (`145` -> `145.00`). */
function money(v: unknown): string {
  const n = typeof v === 'number' ? v : Number.parseFloat(str(v));
  return Number.isFinite(n) ? n.toFixed(2) : str(v);
}

/** Every filter Braze adds or formats differently from liquidjs, by name. */
export const BRAZE_FILTERS: Record<string, Filter> = {
  md5: digestFilter('md5'),
  sha1: digestFilter('sha1'),
  sha2: digestFilter('sha256'),
  base64_encode: (v: unknown) => toBase64(utf8(str(v))),
  hmac_sha1: hmacFilter('sha1', toHex),
  hmac_sha1_hex: hmacFilter('sha1', toHex),
  hmac_sha1_base64: hmacFilter('sha1', toBase64),
  hmac_sha256_hex: hmacFilter('sha256', toHex),
  hmac_sha256_base64: hmacFilter('sha256', toBase64),
  hmac_sha512: hmacFilter('sha512', toHex),
  url_escape: (v: unknown) => encodeURI(str(v)),
  url_param_escape: (v: unknown) => encodeURI(str(v)).replace(/&/g, '%26'),
  url_encode: urlEncode,
  property_accessor: propertyAccessor,
  number_with_delimiter: numberWithDelimiter,
  json_escape: jsonEscape,
  json_parse: jsonParse,
  as_json_string: (v: unknown) => JSON.stringify(v ?? null),
  money,
};

/** Liquid 5 filters Braze documents as unsupported (plus Shopify colour/font filters). */
export const UNSUPPORTED_FILTERS = [
  'find_index',
  'find_index_exp',
  'camelize',
  'handleize',
  'pluralize',
  'lstrip',
  'rstrip',
  'money_with_currency',
  'money_without_currency',
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
