import type { UrlRefusalReason } from '../src/core/api';

/** The only webhook URLs the proxy forwards: Rokt's create and update endpoints. */
type AllowedRoktUrl = { accountCode: string; endpoint: 'create' | 'update'; path: string };

export type UrlCheck =
  { ok: true; value: AllowedRoktUrl } | { ok: false; reason: UrlRefusalReason; message: string };

const PREFIX = 'https://api.roktcalendar.com/v1/subscriptionevent/';
const EXACT = /^https:\/\/api\.roktcalendar\.com\/v1\/subscriptionevent\/([A-Za-z0-9_-]{1,64})(\/update)?$/;
const ACCOUNT_CODE = /^[A-Za-z0-9_-]{1,64}$/;

const EXPECTED =
  'It must be exactly https://api.roktcalendar.com/v1/subscriptionevent/{account code}, optionally followed by /update.';

/** The reasons a URL is refused, with the English sentence for each (the interface words the reason itself). */
const REASONS: Record<UrlRefusalReason, string> = {
  empty: 'The webhook URL is empty.',
  whitespace: 'The webhook URL contains spaces or line breaks.',
  backslash: 'The webhook URL contains a backslash (\\).',
  'not-https': 'The webhook URL must start with https://.',
  credentials: 'The webhook URL contains a user name or password before the host.',
  port: 'The webhook URL names a port; Rokt is reached on the standard https port only.',
  host: "The webhook URL does not point at Rokt's API host api.roktcalendar.com.",
  query: 'The webhook URL has a query string (?…); Rokt does not expect one.',
  fragment: 'The webhook URL has a fragment (#…).',
  percent: 'The webhook URL contains percent-encoded characters (%…).',
  'dot-segments': 'The webhook URL contains "." or ".." path segments.',
  endpoint: 'The webhook URL does not call the subscription event endpoint.',
  'account-code':
    'The account code in the webhook URL must be 1 to 64 letters, digits, "-" or "_" (did the Liquid render an empty or odd value?).',
  path: 'The webhook URL has an unexpected path.',
};

/** Why a non-matching URL was refused (first matching reason wins). */
function reasonFor(url: string): UrlRefusalReason {
  if (url.length === 0) return 'empty';
  if (/\s/.test(url)) return 'whitespace';
  if (url.includes('\\')) return 'backslash';
  if (!url.toLowerCase().startsWith('https://')) return 'not-https';
  const rest = url.slice('https://'.length);
  const authority = rest.split(/[/?#]/, 1)[0] ?? '';
  if (authority.includes('@')) return 'credentials';
  if (authority.includes(':')) return 'port';
  if (authority !== 'api.roktcalendar.com') return 'host';
  if (url.includes('?')) return 'query';
  if (url.includes('#')) return 'fragment';
  if (url.includes('%')) return 'percent';
  if (/\/\.{1,2}(\/|$)/.test(url)) return 'dot-segments';
  if (!url.startsWith(PREFIX)) return 'endpoint';
  const tail = url.slice(PREFIX.length).replace(/\/update$/, '');
  if (!ACCOUNT_CODE.test(tail)) return 'account-code';
  return 'path';
}

/**
 * Accepts only the exact Rokt create/update URL shape and returns the account code, endpoint and the path to
 * append to the configured upstream base; never normalises (no dot-segment, percent or case folding).
 */
export function checkRoktUrl(url: string): UrlCheck {
  const match = EXACT.exec(url);
  if (!match) {
    const reason = reasonFor(url);
    return { ok: false, reason, message: `${REASONS[reason]} ${EXPECTED}` };
  }
  const accountCode = match[1] as string;
  const endpoint = match[2] ? 'update' : 'create';
  const path = `/v1/subscriptionevent/${accountCode}${endpoint === 'update' ? '/update' : ''}`;
  return { ok: true, value: { accountCode, endpoint, path } };
}
