import type { Issue } from '../issues/issue';
import type { Header } from '../template/types';
import { parseRoktUrl } from './endpoint';
import { errorIssue, warningIssue } from './issue-helpers';

/** The parts of a rendered request the checks look at. */
export interface RenderedParts {
  url: string;
  method: string;
  headers: Header[];
}

const ROKT_HOST = 'api.roktcalendar.com';

function checkUrl(url: string, out: Issue[]): void {
  if (parseRoktUrl(url)) return;
  const add = (code: string, message: string): void => {
    out.push(errorIssue(code, 'url', message, 'url'));
  };
  if (url === '')
    return add('request.url-empty', 'The URL is empty for this user: check the Liquid in the webhook URL.');
  if (/\s/.test(url))
    return add(
      'request.url-whitespace',
      `The URL "${url}" contains spaces or line breaks: remove them (check the Liquid that builds the account code).`,
    );
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return add(
      'request.url-invalid',
      `The URL "${url}" is not a valid web address. It should look like https://api.roktcalendar.com/v1/subscriptionevent/youraccount.`,
    );
  }
  if (parsed.port !== '' && parsed.port !== '80' && parsed.port !== '443') {
    return add(
      'request.url-port',
      `The URL uses port ${parsed.port}: Braze webhooks can only call ports 80 and 443. Remove ":${parsed.port}".`,
    );
  }
  if (parsed.protocol !== 'https:')
    return add('request.url-https', 'The URL must start with https://: Rokt only accepts HTTPS.');
  if (parsed.hostname.toLowerCase() !== ROKT_HOST) {
    return add(
      'request.url-host',
      `The URL calls ${parsed.hostname}, not ${ROKT_HOST}: Rokt Calendar events are created at https://${ROKT_HOST}.`,
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
  );
}

function checkAuthorization(headers: Header[], out: Issue[]): void {
  const auth = headers.find((h) => h.name.trim().toLowerCase() === 'authorization');
  const path = 'headers.Authorization';
  if (!auth) {
    out.push(
      errorIssue(
        'request.authorization-missing',
        path,
        'The Authorization header is missing: add Authorization: Bearer {% connected_content … :save token %}{{token.access_token}}.',
        'headers',
      ),
    );
    return;
  }
  const value = auth.value.trim();
  if (/^portador\b/i.test(value)) {
    out.push(
      errorIssue(
        'braze.portador',
        path,
        'The Authorization header starts with "Portador" (the Spanish guide\'s translation of "Bearer"): replace it with Bearer.',
        'headers',
      ),
    );
    return;
  }
  const m = /^(\S+)(?:\s+(.*))?$/.exec(value);
  if (m?.[1] !== 'Bearer') {
    out.push(
      errorIssue(
        'request.authorization-scheme',
        path,
        `The Authorization header is "${value.slice(0, 40)}": Rokt needs "Bearer <token>".`,
        'headers',
      ),
    );
  } else if (!m[2]) {
    out.push(
      errorIssue(
        'request.token-empty',
        path,
        'The Authorization header has no token after "Bearer": the token call (connected_content) returned nothing or its variable name is wrong.',
        'headers',
      ),
    );
  } else if (/\s/.test(m[2])) {
    out.push(
      errorIssue(
        'request.token-format',
        path,
        'The token after "Bearer" contains spaces: print only the token, e.g. {{token.access_token}}.',
        'headers',
      ),
    );
  }
}

function checkContentType(headers: Header[], out: Issue[]): void {
  const ct = headers.find((h) => h.name.trim().toLowerCase() === 'content-type');
  if (!ct) {
    out.push(
      errorIssue(
        'request.content-type-missing',
        'headers.Content-Type',
        'The Content-Type header is missing: add Content-Type: application/json.',
        'headers',
      ),
    );
  } else if (!/^application\/json\s*(;.*)?$/i.test(ct.value.trim())) {
    out.push(
      errorIssue(
        'request.content-type',
        'headers.Content-Type',
        `Content-Type is "${ct.value}": Rokt needs application/json.`,
        'headers',
      ),
    );
  }
}

/** Checks a rendered request the way Rokt and Braze will see it: URL endpoint and port, method, Authorization, Content-Type. */
export function checkRenderedRequest(req: RenderedParts): Issue[] {
  const out: Issue[] = [];
  checkUrl(req.url, out);
  if (req.method.toUpperCase() !== 'POST') {
    out.push(
      errorIssue(
        'request.method',
        'method',
        `The method is ${req.method}: Rokt event calls use POST.`,
        'method',
      ),
    );
  }
  checkAuthorization(req.headers, out);
  checkContentType(req.headers, out);
  const seen = new Set<string>();
  for (const h of req.headers) {
    const name = h.name.trim().toLowerCase();
    if (seen.has(name)) {
      out.push(
        warningIssue(
          'request.header-duplicate',
          `headers.${h.name}`,
          `The ${h.name} header is set twice: keep one.`,
          'headers',
        ),
      );
    }
    seen.add(name);
  }
  return out;
}
