import { describe, expect, it } from 'vitest';
import guide from '../fixtures/guide-create.template.json';
import type { BrazeTemplate } from '../template';
import { checkBrazePitfalls } from './braze-pitfalls';

const GUIDE = guide as BrazeTemplate;
const TOKEN_CALL =
  '{% connected_content https://api.roktcalendar.com/oauth2/token :method post :basic_auth Rokt-Calendar-API :body grant_type=client_credentials :save token :retry %}';

const withAuth = (value: string, body = GUIDE.body): BrazeTemplate => ({
  ...GUIDE,
  headers: [
    { name: 'Authorization', value },
    { name: 'Content-Type', value: 'application/json' },
  ],
  body,
});
const summary = (t: BrazeTemplate) => checkBrazePitfalls(t).map((i) => `${i.severity} ${i.code} ${i.path}`);

describe('checkBrazePitfalls', () => {
  it.each<[string, BrazeTemplate, string[]]>([
    ['the partner guide template (credential filled in) is clean', GUIDE, []],
    [
      'Spanish guide: Portador instead of Bearer',
      withAuth(`Portador ${TOKEN_CALL}{{token.access_token}}`),
      ['error braze.portador headers.Authorization'],
    ],
    [
      'placeholder credential left in',
      withAuth(
        `Bearer ${TOKEN_CALL.replace('Rokt-Calendar-API', '<Rokt-Calendar-API>')}{{token.access_token}}`,
      ),
      ['error braze.placeholder-credential headers.Authorization'],
    ],
    ['Authorization without a scheme', withAuth(`${TOKEN_CALL}{{token.access_token}}`), []],
    [
      'Authorization with Basic',
      withAuth(`Basic ${TOKEN_CALL}{{token.access_token}}`),
      ['error braze.authorization-scheme headers.Authorization'],
    ],
    [
      'lower-case bearer',
      withAuth(`bearer ${TOKEN_CALL}{{token.access_token}}`),
      ['error braze.authorization-scheme headers.Authorization'],
    ],
    [
      'Bearer glued to the token',
      withAuth(`Bearer${TOKEN_CALL}{{token.access_token}}`),
      ['error braze.authorization-scheme headers.Authorization'],
    ],
    [
      'saved token never printed',
      withAuth(`Bearer ${TOKEN_CALL}`),
      ['warning braze.save-unused headers.Authorization'],
    ],
    [
      'token saved in the header but printed only in the body',
      withAuth(`Bearer ${TOKEN_CALL}`, '{"t": "{{token.access_token}}"}'),
      ['error braze.save-other-field body'],
    ],
    [
      'token printed in the header and the body',
      withAuth(`Bearer ${TOKEN_CALL}{{token.access_token}}`, '{"t": "{{token.access_token}}"}'),
      ['error braze.save-other-field body'],
    ],
    [
      'curly quotes in a Liquid filter',
      { ...GUIDE, url: GUIDE.url.replace("split: '/'", 'split: ‘/’') },
      ['error braze.curly-quotes-liquid url'],
    ],
    [
      'curly quotes as JSON quotes',
      { ...GUIDE, body: '{“event”: {"title": "x"}}' },
      ['error braze.curly-quotes-json body'],
    ],
    [
      'curly quotes inside a title are fine',
      { ...GUIDE, body: '{"event": {"title": "The “big” sale"}}' },
      [],
    ],
    [
      'user attribute in the title without json_escape',
      { ...GUIDE, body: '{"event": {"title": "Hi {{${first_name}}}"}}' },
      ['warning braze.unescaped-free-text body'],
    ],
    [
      'user attribute in the title with json_escape',
      { ...GUIDE, body: '{"event": {"title": "Hi {{${first_name} | json_escape}}"}}' },
      [],
    ],
    [
      'ids and dates are not free text',
      { ...GUIDE, body: '{"event": {"eventId": "e_{{${user_id}}}", "start": "{{eventStart}}"}}' },
      [],
    ],
    [
      'captured title containing a quote',
      { ...GUIDE, body: '{% capture t %}Say "hi"{% endcapture %}{"event": {"title": "{{t}}"}}' },
      ['warning braze.unescaped-free-text body'],
    ],
    [
      'captured title containing Liquid',
      { ...GUIDE, body: '{% capture t %}Hi {{${first_name}}}{% endcapture %}{"event": {"title": "{{t}}"}}' },
      ['warning braze.unescaped-free-text body'],
    ],
  ])('%s', (_name, template, codes) => {
    expect(summary(template)).toEqual(codes);
  });

  it('locates the problem in the field text and names the fix', () => {
    const [issue] = checkBrazePitfalls(withAuth(`Portador ${TOKEN_CALL}{{token.access_token}}`));
    expect(issue).toMatchObject({ field: 'headers', line: 1, column: 1 });
    expect(issue?.message).toContain('replace Portador with Bearer');
  });

  it('points at the unescaped output inside the body', () => {
    const body = '{\n  "event": {\n    "description": "{{custom_attribute.${promo}}}"\n  }\n}';
    const [issue] = checkBrazePitfalls({ ...GUIDE, body });
    expect(issue).toMatchObject({ code: 'braze.unescaped-free-text', line: 3, column: 21 });
    expect(issue?.message).toContain('{{ custom_attribute.${promo} | json_escape }}');
  });
});
