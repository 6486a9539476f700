import type { Header } from '../../core/template';

/** Returns `text` as one POSIX shell word: single-quoted, with each `'` written as `'\''`. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * Returns a cURL command (POSIX shell, one option per line) that sends exactly this request:
 * method, URL, every header and the body byte for byte (`--data-raw`, so `@` is not a file name).
 */
export function toCurl(request: { url: string; method: string; headers: Header[]; body: string }): string {
  const parts = [`curl -X ${shellQuote(request.method)} ${shellQuote(request.url)}`];
  for (const header of request.headers) parts.push(`-H ${shellQuote(`${header.name}: ${header.value}`)}`);
  if (request.body !== '') parts.push(`--data-raw ${shellQuote(request.body)}`);
  return parts.join(' \\\n  ');
}
