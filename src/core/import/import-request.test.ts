import { describe, expect, it } from 'vitest';
import type { Header } from '../template';
import { ImportContext } from './import-context';
import { importHeaders, importUrl } from './import-request';

const CODE_URL = 'https://api.roktcalendar.com/v1/subscriptionevent/{{accountCode}}';
const CAPTURE = '{% capture accountCode %}{{custom_attribute.${rokt:account_code}}}{% endcapture %}';
const TOKEN =
  'Bearer {% connected_content https://api.roktcalendar.com/oauth2/token :method post :basic_auth rokt_app :save token %}{{token.access_token}}';

const urlOf = (url: string) => {
  const ctx = new ImportContext();
  importUrl(url, ctx);
  return ctx.result();
};
const headersOf = (headers: Header[] | undefined) => {
  const ctx = new ImportContext();
  importHeaders(headers, ctx);
  return ctx.result();
};
const skipped = (r: ReturnType<typeof urlOf>) =>
  r.unmapped.map((u) => ({ part: u.part, text: u.text, reason: u.reason, ...u.why }));

describe('importUrl: the mode from the webhook URL', () => {
  it.each([
    [`${CAPTURE}${CODE_URL}`, 'create'],
    [`  ${CAPTURE}${CODE_URL}/update  `, 'update'],
    [`${CAPTURE}https://api.roktcalendar.com/v1/subscriptionevent/{{-accountCode-}}`, 'create'],
  ] as const)('%j is %s, nothing left out', (url, mode) => {
    const r = urlOf(url);
    expect(r.draft.mode).toBe(mode);
    expect(r.mapped).toEqual(['mode']);
    expect(r.unmapped).toEqual([]);
  });

  it.each([
    ['', 'No URL was pasted: the mode stays "create".', 'no-url'],
    ['   ', 'No URL was pasted: the mode stays "create".', 'no-url'],
    [
      'https://hooks.example.com/x',
      'Not a Rokt Calendar event URL (https://api.roktcalendar.com/v1/subscriptionevent/…): the mode stays "create".',
      'not-rokt-url',
    ],
  ])('%j keeps the mode "create" and says why', (url, reason, code) => {
    const r = urlOf(url);
    expect(r.draft.mode).toBe('create');
    expect(r.mapped).toEqual([]);
    expect(skipped(r)).toEqual([{ part: 'url', text: url.trim(), reason, code }]);
  });

  it.each([
    [`${CAPTURE}https://api.roktcalendar.com/v1/subscriptionevent/acme`, 'acme'],
    [`${CODE_URL}`, '{{accountCode}}'], // the code is not read from rokt:account_code
    [`${CAPTURE}https://api.roktcalendar.com/v1/subscriptionevent/x{{accountCode}}`, 'x{{accountCode}}'],
    [`${CAPTURE}https://api.roktcalendar.com/v1/subscriptionevent/{{accountCode}}x`, '{{accountCode}}x'],
    [`${CAPTURE}https://api.roktcalendar.com/v1/subscriptionevent/{{accountCodes}}`, '{{accountCodes}}'],
    [`${CAPTURE}https://api.roktcalendar.com/v1/subscriptionevent/{{xaccountCode}}`, '{{xaccountCode}}'],
  ])('%j: the account code %j is not kept', (url, value) => {
    const r = urlOf(url);
    expect(r.mapped).toEqual(['mode']);
    expect(skipped(r)).toEqual([
      {
        part: 'url',
        text: url,
        reason: `The composer always takes the account code from the subscriber's rokt:account_code; "${value}" is not kept.`,
        code: 'account-code',
        params: { value },
      },
    ]);
  });
});

describe('importHeaders: the credential name and the headers the composer rewrites', () => {
  it('reads the credential and keeps Content-Type: application/json without a word', () => {
    const r = headersOf([
      { name: 'Authorization', value: TOKEN },
      { name: 'content-type', value: 'application/json; charset=utf-8' },
    ]);
    expect(r.draft.credentialName).toBe('rokt_app');
    expect(r.mapped).toEqual(['credentialName']);
    expect(r.unmapped).toEqual([]);
    expect(r.notes).toEqual([]);
    expect(headersOf(undefined).unmapped).toEqual([]);
  });

  it.each([
    [{ name: 'Content-Type', value: 'text/plain' }, 'headers.Content-Type', 'text/plain', 'content-type'],
    [
      { name: 'Content-Type', value: 'text/application/json' },
      'headers.Content-Type',
      'text/application/json',
      'content-type',
    ],
    [{ name: 'X-Campaign', value: 'spring' }, 'headers.X-Campaign', 'spring', 'other-header'],
  ])('%j is left out', (header, part, text, code) => {
    const reasons: Record<string, string> = {
      'content-type': 'Rokt needs Content-Type: application/json; the composer always sends it.',
      'other-header': 'Not part of the Rokt webhook: the composer sends only Authorization and Content-Type.',
    };
    expect(skipped(headersOf([header]))).toEqual([{ part, text, reason: reasons[code], code }]);
  });

  it('notes a translated header name and scheme, in the words the marketer pasted', () => {
    const r = headersOf([
      { name: 'Autorización', value: TOKEN.replace('Bearer', 'Portador') },
      { name: 'Tipo de contenido', value: 'application/json' },
    ]);
    expect(r.draft.credentialName).toBe('rokt_app');
    expect(r.unmapped).toEqual([]);
    expect(r.notes).toEqual([
      'Read "Autorización" as Authorization and "Portador" as Bearer: a translated copy of the guide; Braze and Rokt need the English words.',
      'Read "Tipo de contenido" as Content-Type: a translated copy of the guide; Braze and Rokt need the English words.',
    ]);
    expect(r.noteCodes).toEqual([
      { code: 'translated', params: { what: '«Autorización» → Authorization, «Portador» → Bearer' } },
      { code: 'translated', params: { what: '«Tipo de contenido» → Content-Type' } },
    ]);
  });

  it.each([
    [
      'Token {% connected_content https://x :basic_auth rokt_app :save token %}',
      [
        {
          part: 'headers.Authorization',
          text: 'Token',
          reason:
            'The header must start with "Bearer " (some copies of the guide translate it, e.g. "Portador"); the composer writes "Bearer ".',
          code: 'bearer',
        },
      ],
      'rokt_app',
    ],
    [
      'Bearer {{token.access_token}}',
      [
        {
          part: 'headers.Authorization',
          text: 'Bearer {{token.access_token}}',
          reason:
            'No ":basic_auth <credential>" found in the Connected Content token call: set the Braze credential name yourself.',
          code: 'no-credential',
        },
      ],
      '',
    ],
    [
      'Bearer {% connected_content https://x :basic_auth <Rokt-Calendar-API> :save token %}',
      [
        {
          part: 'headers.Authorization',
          text: '<Rokt-Calendar-API>',
          reason:
            '"<Rokt-Calendar-API>" is the guide\'s placeholder: replace it with the name of your Braze Connected Content credential.',
          code: 'placeholder-credential',
          params: { value: '<Rokt-Calendar-API>' },
        },
      ],
      'Rokt-Calendar-API',
    ],
    ['Bearer {% connected_content https://x :basic_auth   rokt_app%}', [], 'rokt_app'],
    ['Bearer {% connected_content https://x :basic_auth rokt_app', [], 'rokt_app'],
    ['Bearer {% connected_content https://x :basic_auth x<app> :save t %}', [], 'x<app>'],
    ['Bearer {% connected_content https://x :basic_auth <app>x :save t %}', [], '<app>x'],
  ])('Authorization %j', (value, unmapped, credential) => {
    const r = headersOf([{ name: 'Authorization', value }]);
    expect(skipped(r)).toEqual(unmapped);
    expect(r.draft.credentialName).toBe(credential || r.draft.credentialName);
    expect(r.mapped).toEqual(credential ? ['credentialName'] : []);
  });
});
