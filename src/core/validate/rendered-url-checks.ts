import type { Issue } from '../issues';
import { parseRoktUrl } from './endpoint';
import { errorIssue, withParams } from './issue-helpers';

const ROKT_HOST = 'api.roktcalendar.com';

/** scheme://[user@]host[:port][path][?query][#fragment], the parts these checks need (WHATWG URL is a platform API). */
const URL_PARTS =
  /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/?#]*@)?(\[[^\]/?#]*\]|[^:/?#]*)(?::(\d*))?([^?#]*)(\?[^#]*)?(?:#.*)?$/i;

interface UrlParts {
  protocol: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
}

function splitUrl(url: string): UrlParts | null {
  const match = URL_PARTS.exec(url);
  if (!match) return null;
  const [, scheme = '', hostname = '', port = '', path = '', search = ''] = match;
  if (hostname === '' || (port !== '' && Number(port) > 65535)) return null;
  return { protocol: `${scheme.toLowerCase()}:`, hostname, port, pathname: path || '/', search };
}

/** Checks a rendered URL is a Rokt event endpoint Braze can call (https, port 80/443, account code present). */
export function checkUrl(url: string, out: Issue[]): void {
  if (parseRoktUrl(url)) return;
  const add = (code: string, message: string, params: NonNullable<Issue['params']> = { url }): void => {
    out.push(withParams(errorIssue(code, 'url', message, 'url'), params));
  };
  if (url === '')
    return add('request.url-empty', 'The URL is empty for this user: check the Liquid in the webhook URL.');
  if (/\s/.test(url))
    return add(
      'request.url-whitespace',
      `The URL "${url}" contains spaces or line breaks: remove them (check the Liquid that builds the account code).`,
    );
  const parsed = splitUrl(url);
  if (!parsed) {
    return add(
      'request.url-invalid',
      `The URL "${url}" is not a valid web address. It should look like https://api.roktcalendar.com/v1/subscriptionevent/youraccount.`,
    );
  }
  if (parsed.port !== '' && parsed.port !== '80' && parsed.port !== '443') {
    return add(
      'request.url-port',
      `The URL uses port ${parsed.port}: Braze webhooks can only call ports 80 and 443. Remove ":${parsed.port}".`,
      { port: parsed.port },
    );
  }
  if (parsed.protocol !== 'https:')
    return add('request.url-https', 'The URL must start with https://: Rokt only accepts HTTPS.');
  if (parsed.hostname.toLowerCase() !== ROKT_HOST) {
    return add(
      'request.url-host',
      `The URL calls ${parsed.hostname}, not ${ROKT_HOST}: Rokt Calendar events are created at https://${ROKT_HOST}.`,
      { host: parsed.hostname, rokt: ROKT_HOST },
    );
  }
  if (/^\/v1\/subscriptionevent\/?(\/update)?\/?$/i.test(parsed.pathname)) {
    return add(
      'request.account-code-missing',
      'The URL has no account code after /subscriptionevent/: this user probably has no rokt:account_code attribute.',
    );
  }
  add(
    'request.url-endpoint',
    `The URL path ${parsed.pathname}${parsed.search} is not a Rokt event endpoint: use /v1/subscriptionevent/{accountCode} to create or /v1/subscriptionevent/{accountCode}/update to update.`,
    { path: `${parsed.pathname}${parsed.search}` },
  );
}
