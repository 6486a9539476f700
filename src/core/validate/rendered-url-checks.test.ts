import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues';
import { checkUrl } from './rendered-url-checks';

/** The Issue for a URL with nothing after /subscriptionevent/. */
const accountCodeMissing = (url: string): Issue => ({
  code: 'request.account-code-missing',
  path: 'url',
  message:
    'The URL has no account code after /subscriptionevent/: this user probably has no rokt:account_code attribute.',
  severity: 'error',
  field: 'url',
  params: { url },
});

/** The Issue for a URL whose path is not one of Rokt's event endpoints. */
const notAnEndpoint = (path: string): Issue => ({
  code: 'request.url-endpoint',
  path: 'url',
  message: `The URL path ${path} is not a Rokt event endpoint: use /v1/subscriptionevent/{accountCode} to create or /v1/subscriptionevent/{accountCode}/update to update.`,
  severity: 'error',
  field: 'url',
  params: { path },
});

/** Rendered webhook URLs and every Issue the marketer is shown for each (none for a Rokt event URL). */
const CASES: [string, Issue[]][] = [
  ['https://api.roktcalendar.com/v1/subscriptionevent/acme', []],
  ['https://api.roktcalendar.com:443/v1/subscriptionevent/acme/update/', []],
  [
    '',
    [
      {
        code: 'request.url-empty',
        path: 'url',
        message: 'The URL is empty for this user: check the Liquid in the webhook URL.',
        severity: 'error',
        field: 'url',
        params: { url: '' },
      },
    ],
  ],
  [
    'https://api.roktcalendar.com/v1/subscriptionevent/ac me',
    [
      {
        code: 'request.url-whitespace',
        path: 'url',
        message:
          'The URL "https://api.roktcalendar.com/v1/subscriptionevent/ac me" contains spaces or line breaks: remove them (check the Liquid that builds the account code).',
        severity: 'error',
        field: 'url',
        params: { url: 'https://api.roktcalendar.com/v1/subscriptionevent/ac me' },
      },
    ],
  ],
  ['https://api.roktcalendar.com/v1/subscriptionevent/acme\n', []],
  [
    'api.roktcalendar.com/v1/subscriptionevent/acme',
    [
      {
        code: 'request.url-invalid',
        path: 'url',
        message:
          'The URL "api.roktcalendar.com/v1/subscriptionevent/acme" is not a valid web address. It should look like https://api.roktcalendar.com/v1/subscriptionevent/youraccount.',
        severity: 'error',
        field: 'url',
        params: { url: 'api.roktcalendar.com/v1/subscriptionevent/acme' },
      },
    ],
  ],
  [
    'https://:443/v1/subscriptionevent/acme',
    [
      {
        code: 'request.url-invalid',
        path: 'url',
        message:
          'The URL "https://:443/v1/subscriptionevent/acme" is not a valid web address. It should look like https://api.roktcalendar.com/v1/subscriptionevent/youraccount.',
        severity: 'error',
        field: 'url',
        params: { url: 'https://:443/v1/subscriptionevent/acme' },
      },
    ],
  ],
  [
    'https://api.roktcalendar.com:70000/v1/subscriptionevent/acme',
    [
      {
        code: 'request.url-invalid',
        path: 'url',
        message:
          'The URL "https://api.roktcalendar.com:70000/v1/subscriptionevent/acme" is not a valid web address. It should look like https://api.roktcalendar.com/v1/subscriptionevent/youraccount.',
        severity: 'error',
        field: 'url',
        params: { url: 'https://api.roktcalendar.com:70000/v1/subscriptionevent/acme' },
      },
    ],
  ],
  [
    'https://api.roktcalendar.com:8443/v1/subscriptionevent/acme',
    [
      {
        code: 'request.url-port',
        path: 'url',
        message: 'The URL uses port 8443: Braze webhooks can only call ports 80 and 443. Remove ":8443".',
        severity: 'error',
        field: 'url',
        params: { port: '8443' },
      },
    ],
  ],
  [
    'https://api.roktcalendar.com:80/v1/subscriptionevent/acme?x=1',
    [notAnEndpoint('/v1/subscriptionevent/acme?x=1')],
  ],
  [
    'http://api.roktcalendar.com/v1/subscriptionevent/acme',
    [
      {
        code: 'request.url-https',
        path: 'url',
        message: 'The URL must start with https://: Rokt only accepts HTTPS.',
        severity: 'error',
        field: 'url',
        params: { url: 'http://api.roktcalendar.com/v1/subscriptionevent/acme' },
      },
    ],
  ],
  [
    'HTTPS://API.ROKTCALENDAR.COM/v1/subscriptionevent/',
    [accountCodeMissing('HTTPS://API.ROKTCALENDAR.COM/v1/subscriptionevent/')],
  ],
  [
    'https://user@api.roktcalendar.com/v1/subscriptionevent/',
    [accountCodeMissing('https://user@api.roktcalendar.com/v1/subscriptionevent/')],
  ],
  [
    'https://example.com/v1/subscriptionevent/acme',
    [
      {
        code: 'request.url-host',
        path: 'url',
        message:
          'The URL calls example.com, not api.roktcalendar.com: Rokt Calendar events are created at https://api.roktcalendar.com.',
        severity: 'error',
        field: 'url',
        params: { host: 'example.com', rokt: 'api.roktcalendar.com' },
      },
    ],
  ],
  [
    'https://[::1]/v1/subscriptionevent/acme',
    [
      {
        code: 'request.url-host',
        path: 'url',
        message:
          'The URL calls [::1], not api.roktcalendar.com: Rokt Calendar events are created at https://api.roktcalendar.com.',
        severity: 'error',
        field: 'url',
        params: { host: '[::1]', rokt: 'api.roktcalendar.com' },
      },
    ],
  ],
  [
    'https://api.roktcalendar.com/v1/subscriptionevent/',
    [accountCodeMissing('https://api.roktcalendar.com/v1/subscriptionevent/')],
  ],
  [
    'https://api.roktcalendar.com/v1/subscriptionevent',
    [accountCodeMissing('https://api.roktcalendar.com/v1/subscriptionevent')],
  ],
  [
    'https://api.roktcalendar.com/v1/subscriptionevent//update',
    [accountCodeMissing('https://api.roktcalendar.com/v1/subscriptionevent//update')],
  ],
  ['https://api.roktcalendar.com/v1/subscriptionevent/update/', []],
  ['https://api.roktcalendar.com/v2/events/acme?x=1#top', [notAnEndpoint('/v2/events/acme?x=1')]],
  ['https://api.roktcalendar.com', [notAnEndpoint('/')]],
  ['https://api.roktcalendar.com/v1/subscriptionevent/a/b', [notAnEndpoint('/v1/subscriptionevent/a/b')]],
  ['https://api.roktcalendar.com:/v1/subscriptionevent/a/b', [notAnEndpoint('/v1/subscriptionevent/a/b')]],
];

describe('checkUrl', () => {
  it.each(CASES)('%j', (url, issues) => {
    const out: Issue[] = [];
    checkUrl(url, out);
    expect(out).toStrictEqual(issues);
  });
});
