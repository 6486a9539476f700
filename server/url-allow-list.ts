/** The only webhook URLs the proxy forwards: Rokt's create and update endpoints. */
type AllowedRoktUrl = { accountCode: string; endpoint: 'create' | 'update'; path: string };

export type UrlCheck = { ok: true; value: AllowedRoktUrl } | { ok: false; message: string };

const PREFIX = 'https://api.roktcalendar.com/v1/subscriptionevent/';
const EXACT = /^https:\/\/api\.roktcalendar\.com\/v1\/subscriptionevent\/([A-Za-z0-9_-]{1,64})(\/update)?$/;
const ACCOUNT_CODE = /^[A-Za-z0-9_-]{1,64}$/;

const EXPECTED =
  'It must be exactly https://api.roktcalendar.com/v1/subscriptionevent/{account code}, optionally followed by /update.';

/** Why a non-matching URL was refused, in words a marketer can act on (first matching reason wins). */
function reasonFor(url: string): string {
  if (url.length === 0) return 'The webhook URL is empty.';
  if (/\s/.test(url)) return 'The webhook URL contains spaces or line breaks.';
  if (url.includes('\\')) return 'The webhook URL contains a backslash (\\).';
  if (!url.toLowerCase().startsWith('https://')) return 'The webhook URL must start with https://.';
  const rest = url.slice('https://'.length);
  const authority = rest.split(/[/?#]/, 1)[0] ?? '';
  if (authority.includes('@')) return 'The webhook URL contains a user name or password before the host.';
  if (authority.includes(':'))
    return 'The webhook URL names a port; Rokt is reached on the standard https port only.';
  if (authority !== 'api.roktcalendar.com')
    return "The webhook URL does not point at Rokt's API host api.roktcalendar.com.";
  if (url.includes('?')) return 'The webhook URL has a query string (?…); Rokt does not expect one.';
  if (url.includes('#')) return 'The webhook URL has a fragment (#…).';
  if (url.includes('%')) return 'The webhook URL contains percent-encoded characters (%…).';
  if (/\/\.{1,2}(\/|$)/.test(url)) return 'The webhook URL contains "." or ".." path segments.';
  if (!url.startsWith(PREFIX)) return 'The webhook URL does not call the subscription event endpoint.';
  const tail = url.slice(PREFIX.length).replace(/\/update$/, '');
  if (!ACCOUNT_CODE.test(tail)) {
    return 'The account code in the webhook URL must be 1 to 64 letters, digits, "-" or "_" (did the Liquid render an empty or odd value?).';
  }
  return 'The webhook URL has an unexpected path.';
}

/**
 * Accepts only the exact Rokt create/update URL shape and returns the account code, endpoint and the path to
 * append to the configured upstream base; never normalises (no dot-segment, percent or case folding).
 */
export function checkRoktUrl(url: string): UrlCheck {
  const match = EXACT.exec(url);
  if (!match) return { ok: false, message: `${reasonFor(url)} ${EXPECTED}` };
  const accountCode = match[1] as string;
  const endpoint = match[2] ? 'update' : 'create';
  const path = `/v1/subscriptionevent/${accountCode}${endpoint === 'update' ? '/update' : ''}`;
  return { ok: true, value: { accountCode, endpoint, path } };
}
