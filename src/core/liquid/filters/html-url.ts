/**
 * HTML and URL filters: `escape`/`escape_once` as Ruby's CGI.escapeHTML (`&#39;`, `&quot;`),
 * `url_encode`/`url_decode` as CGI.escape/unescape (space is `+`), and Braze's `url_escape`
 * (URI escaping) and `url_param_escape` (also escapes `&`).
 */
import { argumentError, def, rubyToS } from './filter-kit';
import type { FilterFamily } from './filter-kit';

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Ruby `CGI.escapeHTML`. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!);
}

const escape = (input: unknown) => (input === null ? null : escapeHtml(rubyToS(input)));
const escapeOnce = (input: unknown) =>
  rubyToS(input).replace(/["><']|&(?!([a-zA-Z]+|(#\d+));)/g, (c) => HTML[c]!);

/** Ruby `CGI.escape`: form encoding, only `A-Za-z0-9_.-~` kept, space as `+`. */
function cgiEscape(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

function urlDecode(input: unknown): unknown {
  if (input === null) return null;
  const text = rubyToS(input).replace(/\+/g, ' ');
  try {
    return decodeURIComponent(text.replace(/%(?![0-9A-Fa-f]{2})/g, '%25'));
  } catch {
    throw argumentError('url_decode was given text that does not decode to valid characters', 'url-decode');
  }
}

/** escape (h), escape_once, url_encode, url_decode, url_escape, url_param_escape. */
export const HTML_URL_FILTERS: FilterFamily = {
  escape: def(escape),
  h: def(escape),
  escape_once: def(escapeOnce),
  url_encode: def((input: unknown) => (input === null ? null : cgiEscape(rubyToS(input)))),
  url_decode: def(urlDecode),
  url_escape: def((input: unknown) => encodeURI(rubyToS(input))),
  url_param_escape: def((input: unknown) => encodeURI(rubyToS(input)).replace(/&/g, '%26')),
};
