import type { Header } from '../template';
import { ImportContext } from './import-context';
import type { ImportResult } from './import-context';
import { importBody } from './import-body';
import { importHeaders, importUrl } from './import-request';

/**
 * Returns a Draft filled from a webhook template pasted from Braze (the partner guide's, one our builder
 * made, or a hand-written one), the draft fields it filled and the pieces it could not carry over, with
 * reasons. Never throws: unreadable input gives defaultDraft() and everything listed as unmapped.
 */
export function importBrazeTemplate(input: { url: string; body: string; headers?: Header[] }): ImportResult {
  const ctx = new ImportContext();
  const safe = (run: () => void, part: string, text: unknown) => {
    try {
      run();
    } catch (error) {
      ctx.skip(part, typeof text === 'string' ? text : '', `Could not be read (${String(error)}).`, {
        code: 'unreadable',
        params: { detail: String(error) },
      });
    }
  };
  const url = typeof input?.url === 'string' ? input.url : '';
  const body = typeof input?.body === 'string' ? input.body : '';
  const headers = Array.isArray(input?.headers)
    ? input.headers.filter((h): h is Header => typeof h?.name === 'string' && typeof h?.value === 'string')
    : undefined;
  safe(() => importUrl(url, ctx), 'url', url);
  safe(() => importHeaders(headers, ctx), 'headers', '');
  safe(() => importBody(body, ctx), 'body', body);
  return ctx.result();
}
