import { describe, expect, it } from 'vitest';
import type { Header } from '../template';
import { checkRenderedRequest } from './rendered-request-checks';

const URL_OK = 'https://api.roktcalendar.com/v1/subscriptionevent/brazetest';
const HEADERS: Header[] = [
  { name: 'Authorization', value: 'Bearer PREVIEW_TOKEN' },
  { name: 'Content-Type', value: 'application/json' },
];
const codes = (url: string, headers: Header[] = HEADERS, method = 'POST') =>
  checkRenderedRequest({ url, method, headers }).map((i) => `${i.severity} ${i.code} ${i.path}`);
const auth = (value: string): Header[] => [{ name: 'Authorization', value }, HEADERS[1] as Header];

describe('checkRenderedRequest', () => {
  it.each<[string, string, Header[], string, string[]]>([
    ['a correct create request', URL_OK, HEADERS, 'POST', []],
    ['a correct update request', `${URL_OK}/update`, HEADERS, 'POST', []],
    [
      'content type with charset',
      URL_OK,
      [HEADERS[0] as Header, { name: 'content-type', value: 'application/json; charset=utf-8' }],
      'POST',
      [],
    ],
    [
      'user without account code',
      'https://api.roktcalendar.com/v1/subscriptionevent/',
      HEADERS,
      'POST',
      ['error request.account-code-missing url'],
    ],
    [
      'port 8443',
      'https://api.roktcalendar.com:8443/v1/subscriptionevent/brazetest',
      HEADERS,
      'POST',
      ['error request.url-port url'],
    ],
    [
      'plain http',
      'http://api.roktcalendar.com/v1/subscriptionevent/brazetest',
      HEADERS,
      'POST',
      ['error request.url-https url'],
    ],
    [
      'another host',
      'https://example.com/v1/subscriptionevent/brazetest',
      HEADERS,
      'POST',
      ['error request.url-host url'],
    ],
    [
      'a space in the URL',
      'https://api.roktcalendar.com/v1/subscriptionevent/braze test',
      HEADERS,
      'POST',
      ['error request.url-whitespace url'],
    ],
    [
      'an unknown path',
      'https://api.roktcalendar.com/v1/events/brazetest',
      HEADERS,
      'POST',
      ['error request.url-endpoint url'],
    ],
    ['not a URL', 'api.roktcalendar.com/v1', HEADERS, 'POST', ['error request.url-invalid url']],
    [
      'no host',
      'https:///v1/subscriptionevent/brazetest',
      HEADERS,
      'POST',
      ['error request.url-invalid url'],
    ],
    [
      'a port out of range',
      'https://api.roktcalendar.com:70000/v1/subscriptionevent/brazetest',
      HEADERS,
      'POST',
      ['error request.url-invalid url'],
    ],
    [
      'another host, upper-case scheme, with a user',
      'HTTPS://me@Example.com:443/v1/subscriptionevent/brazetest',
      HEADERS,
      'POST',
      ['error request.url-host url'],
    ],
    ['empty URL', '', HEADERS, 'POST', ['error request.url-empty url']],
    ['GET', URL_OK, HEADERS, 'GET', ['error request.method method']],
    [
      'Portador',
      URL_OK,
      auth('Portador PREVIEW_TOKEN'),
      'POST',
      ['error braze.portador headers.Authorization'],
    ],
    [
      'no scheme',
      URL_OK,
      auth('PREVIEW_TOKEN'),
      'POST',
      ['error request.authorization-scheme headers.Authorization'],
    ],
    ['empty token', URL_OK, auth('Bearer '), 'POST', ['error request.token-empty headers.Authorization']],
    [
      'token with spaces',
      URL_OK,
      auth('Bearer [object Object] x'),
      'POST',
      ['error request.token-format headers.Authorization'],
    ],
    [
      'no Authorization',
      URL_OK,
      [HEADERS[1] as Header],
      'POST',
      ['error request.authorization-missing headers.Authorization'],
    ],
    [
      'no Content-Type',
      URL_OK,
      [HEADERS[0] as Header],
      'POST',
      ['error request.content-type-missing headers.Content-Type'],
    ],
    [
      'text/plain',
      URL_OK,
      [HEADERS[0] as Header, { name: 'Content-Type', value: 'text/plain' }],
      'POST',
      ['error request.content-type headers.Content-Type'],
    ],
    [
      'duplicate header',
      URL_OK,
      [...HEADERS, HEADERS[1] as Header],
      'POST',
      ['warning request.header-duplicate headers.Content-Type'],
    ],
  ])('%s', (_name, url, headers, method, expected) => {
    expect(codes(url, headers, method)).toEqual(expected);
  });

  it('says why the account code is missing', () => {
    const [issue] = checkRenderedRequest({
      url: 'https://api.roktcalendar.com/v1/subscriptionevent/',
      method: 'POST',
      headers: HEADERS,
    });
    expect(issue?.message).toContain('rokt:account_code');
  });
});

describe('checkRenderedRequest: the header and method sentences, whole', () => {
  const AUTH_PATH = 'headers.Authorization';
  const CT_PATH = 'headers.Content-Type';
  const issuesFor = (headers: Header[], method = 'POST') =>
    checkRenderedRequest({ url: URL_OK, method, headers });

  it.each<[string, Header[], string, object[]]>([
    [
      'names and values with spaces and any case',
      [
        { name: ' authorization ', value: '  Bearer tok  ' },
        { name: ' CONTENT-TYPE ', value: ' application/json ' },
      ],
      'post',
      [],
    ],
    ['a token after two spaces', auth('Bearer  tok'), 'POST', []],
    [
      'no Authorization',
      [HEADERS[1] as Header],
      'POST',
      [
        {
          code: 'request.authorization-missing',
          path: AUTH_PATH,
          severity: 'error',
          field: 'headers',
          message:
            'The Authorization header is missing: add Authorization: Bearer {% connected_content … :save token %}{{token.access_token}}.',
        },
      ],
    ],
    [
      'Portador',
      auth('portador tok'),
      'POST',
      [
        {
          code: 'braze.portador',
          path: AUTH_PATH,
          severity: 'error',
          field: 'headers',
          message:
            'The Authorization header starts with "Portador" (the Spanish guide\'s translation of "Bearer"): replace it with Bearer.',
        },
      ],
    ],
    [
      'another scheme, shown up to 40 characters',
      auth(`Token Portador ${'x'.repeat(40)}`),
      'POST',
      [
        {
          code: 'request.authorization-scheme',
          path: AUTH_PATH,
          severity: 'error',
          field: 'headers',
          message: `The Authorization header is "Token Portador ${'x'.repeat(25)}": Rokt needs "Bearer <token>".`,
          params: { value: `Token Portador ${'x'.repeat(25)}` },
        },
      ],
    ],
    [
      'no token',
      auth('Bearer'),
      'POST',
      [
        {
          code: 'request.token-empty',
          path: AUTH_PATH,
          severity: 'error',
          field: 'headers',
          message:
            'The Authorization header has no token after "Bearer": the token call (connected_content) returned nothing or its variable name is wrong.',
        },
      ],
    ],
    [
      'a token with a space',
      auth('Bearer a b'),
      'POST',
      [
        {
          code: 'request.token-format',
          path: AUTH_PATH,
          severity: 'error',
          field: 'headers',
          message:
            'The token after "Bearer" contains spaces: print only the token, e.g. {{token.access_token}}.',
        },
      ],
    ],
    [
      'no Content-Type',
      [HEADERS[0] as Header],
      'POST',
      [
        {
          code: 'request.content-type-missing',
          path: CT_PATH,
          severity: 'error',
          field: 'headers',
          message: 'The Content-Type header is missing: add Content-Type: application/json.',
        },
      ],
    ],
    ...['text/application/json', 'application/jsonx'].map((value): [string, Header[], string, object[]] => [
      `Content-Type ${value}`,
      [HEADERS[0] as Header, { name: 'Content-Type', value }],
      'POST',
      [
        {
          code: 'request.content-type',
          path: CT_PATH,
          severity: 'error',
          field: 'headers',
          message: `Content-Type is "${value}": Rokt needs application/json.`,
          params: { value },
        },
      ],
    ]),
    [
      'PUT',
      HEADERS,
      'put',
      [
        {
          code: 'request.method',
          path: 'method',
          severity: 'error',
          field: 'method',
          message: 'The method is put: Rokt event calls use POST.',
          params: { method: 'put' },
        },
      ],
    ],
    [
      'a header set twice, differently written',
      [...HEADERS, { name: 'content-type ', value: 'application/json' }],
      'POST',
      [
        {
          code: 'request.header-duplicate',
          path: 'headers.content-type ',
          severity: 'warning',
          field: 'headers',
          message: 'The content-type  header is set twice: keep one.',
          params: { name: 'content-type ' },
        },
      ],
    ],
  ])('%s', (_, headers, method, expected) => {
    expect(issuesFor(headers, method)).toEqual(expected);
  });
});
