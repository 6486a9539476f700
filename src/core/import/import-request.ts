import type { Header } from '../template';
import { ROKT_EVENT_PATH } from '../template';
import type { ImportContext } from './import-context';
import { untranslateHeader } from './translated-headers';

const ROKT_URL = new RegExp(
  `api\\.roktcalendar\\.com${ROKT_EVENT_PATH.replace(/\//g, '\\/')}\\/([^/\\s]*)(\\/update)?\\s*$`,
);

/** Reads the mode (create or update) from the webhook URL; the account code is always taken from rokt:account_code. */
export function importUrl(url: string, ctx: ImportContext): void {
  const text = url.trim();
  const m = ROKT_URL.exec(text);
  if (!m) {
    ctx.skip(
      'url',
      text,
      text === ''
        ? 'No URL was pasted: the mode stays "create".'
        : 'Not a Rokt Calendar event URL (https://api.roktcalendar.com/v1/subscriptionevent/…): the mode stays "create".',
      { code: text === '' ? 'no-url' : 'not-rokt-url' },
    );
    return;
  }
  ctx.draft.mode = m[2] ? 'update' : 'create';
  ctx.map('mode');
  const code = m[1] ?? '';
  if (!/^\{\{-?\s*accountCode\s*-?\}\}$/.test(code) || !text.includes('rokt:account_code')) {
    ctx.skip(
      'url',
      text,
      `The composer always takes the account code from the subscriber's rokt:account_code; "${code}" is not kept.`,
      { code: 'account-code', params: { value: code } },
    );
  }
}

/** Reads the Braze credential name from the Authorization header and notes headers the composer rewrites. */
export function importHeaders(headers: Header[] | undefined, ctx: ImportContext): void {
  for (const pasted of headers ?? []) {
    const header = untranslateHeader(pasted.name, pasted.value);
    if (header.translated.length > 0) {
      const what = header.translated.map((t) => `"${t.from}" as ${t.to}`).join(' and ');
      ctx.note(`Read ${what}: a translated copy of the guide; Braze and Rokt need the English words.`, {
        code: 'translated',
        params: { what: header.translated.map((t) => `«${t.from}» → ${t.to}`).join(', ') },
      });
    }
    const name = header.name.toLowerCase();
    const value = header.value;
    if (name === 'authorization') importAuthorization(header.name, value, ctx);
    else if (name === 'content-type') {
      if (!/^application\/json\b/i.test(value)) {
        ctx.skip(
          `headers.${header.name}`,
          value,
          'Rokt needs Content-Type: application/json; the composer always sends it.',
          { code: 'content-type' },
        );
      }
    } else
      ctx.skip(
        `headers.${header.name}`,
        value,
        'Not part of the Rokt webhook: the composer sends only Authorization and Content-Type.',
        { code: 'other-header' },
      );
  }
}

function importAuthorization(headerName: string, value: string, ctx: ImportContext): void {
  const part = `headers.${headerName}`;
  if (!value.startsWith('Bearer ')) {
    ctx.skip(
      part,
      value.split(' ')[0] ?? value,
      'The header must start with "Bearer " (some copies of the guide translate it, e.g. "Portador"); the composer writes "Bearer ".',
      { code: 'bearer' },
    );
  }
  const credential = /:basic_auth\s+(\S+?)(?=\s|%\}|$)/.exec(value)?.[1];
  if (credential === undefined) {
    ctx.skip(
      part,
      value,
      'No ":basic_auth <credential>" found in the Connected Content token call: set the Braze credential name yourself.',
      { code: 'no-credential' },
    );
    return;
  }
  const placeholder = /^<(.+)>$/.exec(credential);
  ctx.draft.credentialName = placeholder ? placeholder[1]! : credential;
  ctx.map('credentialName');
  if (placeholder) {
    ctx.skip(
      part,
      credential,
      `"${credential}" is the guide's placeholder: replace it with the name of your Braze Connected Content credential.`,
      { code: 'placeholder-credential', params: { value: credential } },
    );
  }
}
