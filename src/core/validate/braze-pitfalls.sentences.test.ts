import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues';
import type { BrazeTemplate } from '../template';
import { checkBrazePitfalls } from './braze-pitfalls';

const URL = 'https://api.roktcalendar.com/v1/subscriptionevent/abc';
const CALL =
  '{% connected_content https://api.roktcalendar.com/oauth2/token :method post :basic_auth Rokt-Calendar-API :save token %}';
const AUTH = `Bearer ${CALL}{{token.access_token}}`;
const BODY = '{"event": {"title": "x"}}';

const template = (
  parts: { url?: string; auth?: string; body?: string; more?: { name: string; value: string }[] } = {},
): BrazeTemplate => ({
  url: parts.url ?? URL,
  method: 'POST',
  headers: [{ name: 'Authorization', value: parts.auth ?? AUTH }, ...(parts.more ?? [])],
  body: parts.body ?? BODY,
});

/** What the marketer reads: where (field, line, column), the sentence, and the values a translation gets. */
const seen = (i: Issue) => [i.severity, i.code, i.path, `${i.line}:${i.column}`, i.message, i.params];

const otherField = (where: string, name: string, source: string) =>
  `${where} uses "${name}", which only ${source} saves with connected_content. Braze variables do not cross fields, so it is empty here: call connected_content in this field too.`;
const scheme = (word: string, fix: string) =>
  `The Authorization header starts with "${word}": Rokt needs "Bearer <token>"; ${fix}.`;
const NEEDS_BEARER = 'start it with "Bearer " followed by the token';
/** The wrong-scheme error at the header's first character, as the marketer reads it. */
const schemeIssue = (word: string, fix = NEEDS_BEARER, v = 'scheme') => [
  'error',
  'braze.authorization-scheme',
  'headers.Authorization',
  '1:1',
  scheme(word, fix),
  { word, v },
];
const unescaped = (key: string, inner: string) =>
  `"${key}" inserts {{ ${inner} }} without json_escape: a quote, backslash or line break in that text would break the JSON. Write {{ ${inner} | json_escape }}.`;
const PORTADOR =
  'The Authorization header starts with "Portador", the Spanish guide\'s translation of "Bearer". Rokt only accepts the English word: replace Portador with Bearer.';

describe('the Braze pitfalls a marketer reads', () => {
  it.each<[string, BrazeTemplate, unknown[][]]>([
    ['a clean template', template(), []],
    [
      'curly quotes in the Liquid of the URL, at the quote',
      template({ url: `${URL}{{ a | split: ‘/’ }}` }),
      [
        [
          'error',
          'braze.curly-quotes-liquid',
          'url',
          '1:68',
          'Curly quotes (“ ” ‘ ’) in the Liquid of the URL: Liquid only understands straight quotes (\' or "). Retype them.',
          undefined,
        ],
      ],
    ],
    [
      'Portador after spaces',
      template({ auth: `  Portador ${CALL}{{token.access_token}}` }),
      [['error', 'braze.portador', 'headers.Authorization', '1:3', PORTADOR, undefined]],
    ],
    [
      'PORTADOR in capitals',
      template({ auth: `PORTADOR ${CALL}{{token.access_token}}` }),
      [['error', 'braze.portador', 'headers.Authorization', '1:1', PORTADOR, undefined]],
    ],
    [
      'a word that only starts with Portador',
      template({ auth: `Portadores ${CALL}{{token.access_token}}` }),
      [schemeIssue('Portadores')],
    ],
    [
      'a word that only ends with Portador',
      template({ auth: `XPortador ${CALL}{{token.access_token}}` }),
      [schemeIssue('XPortador')],
    ],
    [
      'bearer in lower case',
      template({ auth: `bearer ${CALL}{{token.access_token}}` }),
      [schemeIssue('bearer', 'write "Bearer" with a capital B', 'case')],
    ],
    ['Bearers', template({ auth: `Bearers ${CALL}{{token.access_token}}` }), [schemeIssue('Bearers')]],
    ['xbearer', template({ auth: `xbearer ${CALL}{{token.access_token}}` }), [schemeIssue('xbearer')]],
    [
      'Bearer glued to the Liquid, pointed at where the space belongs',
      template({ auth: `Bearer${CALL}{{token.access_token}}` }),
      [
        [
          'error',
          'braze.authorization-scheme',
          'headers.Authorization',
          '1:7',
          'The Authorization header needs a space after "Bearer", before the token.',
          { v: 'space' },
        ],
      ],
    ],
    [
      'Bearer after the connected_content call',
      template({ auth: `${CALL}Bearer {{token.access_token}}` }),
      [],
    ],
    [
      'an Authorization that is only Liquid is left to the rendered check',
      template({ auth: `${CALL}{{token.access_token}}` }),
      [],
    ],
    [
      'a placeholder credential',
      template({ auth: `Bearer ${CALL.replace('Rokt-Calendar-API', '<my-cred>')}{{token.access_token}}` }),
      [
        [
          'error',
          'braze.placeholder-credential',
          'headers.Authorization',
          '1:84',
          'the Authorization header still contains the placeholder :basic_auth <my-cred>: replace it with the name of your Braze Connected Content credential (Settings > Connected Content > Credentials), without < >.',
          { placeholder: ':basic_auth <my-cred>' },
        ],
      ],
    ],
    [
      'a placeholder auth_credentials in the URL',
      template({ url: `${URL}{% connected_content https://x :auth_credentials <x> :save t %}{{t}}` }),
      [
        [
          'error',
          'braze.placeholder-credential',
          'url',
          '1:85',
          'the URL still contains the placeholder :auth_credentials <x>: replace it with the name of your Braze Connected Content credential (Settings > Connected Content > Credentials), without < >.',
          { placeholder: ':auth_credentials <x>' },
        ],
      ],
    ],
    [
      'a saved response nobody prints, pointed at its call',
      template({ auth: `Bearer ${CALL}` }),
      [
        [
          'warning',
          'braze.save-unused',
          'headers.Authorization',
          '1:8',
          'connected_content saves its response as "token" but the Authorization header never uses it: print it, e.g. {{token.access_token}}.',
          { name: 'token' },
        ],
      ],
    ],
    [
      'a name saved after two spaces and never printed',
      template({ auth: 'Bearer {% connected_content https://x :save  tok %}' }),
      [
        [
          'warning',
          'braze.save-unused',
          'headers.Authorization',
          '1:8',
          'connected_content saves its response as "tok" but the Authorization header never uses it: print it, e.g. {{tok.access_token}}.',
          { name: 'tok' },
        ],
      ],
    ],
    [
      'a connected_content call without :save',
      template({ auth: 'Bearer {% connected_content https://x %}' }),
      [],
    ],
    [
      'connected_content written as an output saves nothing',
      template({ auth: 'Bearer {{ connected_content :save tok }}' }),
      [],
    ],
    [
      'the body prints what the header saved',
      template({ auth: `Bearer ${CALL}`, body: '{"t": "{{token.access_token}}"}' }),
      [
        [
          'error',
          'braze.save-other-field',
          'body',
          '1:8',
          otherField('the body', 'token', 'the Authorization header'),
          { name: 'token', source: 'headers.Authorization' },
        ],
      ],
    ],
    [
      'another header prints it',
      template({ more: [{ name: 'X-Token', value: '{{ token.access_token }}' }] }),
      [
        [
          'error',
          'braze.save-other-field',
          'headers.X-Token',
          '1:1',
          otherField('the X-Token header', 'token', 'the Authorization header'),
          { name: 'token', source: 'headers.Authorization' },
        ],
      ],
    ],
    [
      'the URL prints it',
      template({ url: `${URL}?t={{token}}` }),
      [
        [
          'error',
          'braze.save-other-field',
          'url',
          '1:57',
          otherField('the URL', 'token', 'the Authorization header'),
          { name: 'token', source: 'headers.Authorization' },
        ],
      ],
    ],
    [
      'printed twice in the body, reported once at the first',
      template({
        auth: `Bearer ${CALL}`,
        body: '{{ x }}{{token.a}}{{token.b}}',
        more: [{ name: 'X-A', value: `${CALL}{{token.a}}` }],
      }),
      [
        [
          'error',
          'braze.save-other-field',
          'body',
          '1:8',
          otherField('the body', 'token', 'the Authorization header'),
          { name: 'token', source: 'headers.Authorization' },
        ],
      ],
    ],
    ['the body assigns its own token', template({ body: '{% assign token = "a" %}{"t": "{{token}}"}' }), []],
    [
      'the body loops over its own token',
      template({ body: '{% for token in list %}{{token}}{% endfor %}' }),
      [],
    ],
    [
      'the body captures its own token',
      template({ body: '{% capture token %}x{% endcapture %}{{token}}' }),
      [],
    ],
    [
      'an assign after two spaces',
      template({ body: '{% if x %}{% endif %}{% assign  token = 1 %}{{token}}' }),
      [],
    ],
    [
      'the body saves its own token too',
      template({ body: '{% connected_content https://x :save token %}{{token}}' }),
      [],
    ],
    [
      'a text that says "for token" defines nothing',
      template({ body: `{{ 'pay for token' }}{{ token.access_token }}` }),
      [
        [
          'error',
          'braze.save-other-field',
          'body',
          '1:1',
          otherField('the body', 'token', 'the Authorization header'),
          { name: 'token', source: 'headers.Authorization' },
        ],
      ],
    ],
    [
      'curly quotes used as JSON quotes',
      template({ body: '{\n “event”: {}}' }),
      [
        [
          'error',
          'braze.curly-quotes-json',
          'body',
          '2:2',
          'Curly quotes (“ ”) are used as JSON quotes in the body: JSON needs straight double quotes ("). Retype them.',
          undefined,
        ],
      ],
    ],
    [
      'free text printed without json_escape, each at its output',
      template({ body: '{\n "event": {"title": "Hi {{ ${first_name} }}", "location": "{{loc}}"}}' }),
      [
        [
          'warning',
          'braze.unescaped-free-text',
          'body',
          '2:25',
          unescaped('title', '${first_name}'),
          { key: 'title', inner: '${first_name}' },
        ],
        [
          'warning',
          'braze.unescaped-free-text',
          'body',
          '2:60',
          unescaped('location', 'loc'),
          { key: 'location', inner: 'loc' },
        ],
      ],
    ],
    [
      'free text at the start and end of its string; other keys are not free text',
      template({ body: '{"event": {"title": "{{a}}", "x": "{{b}}", "description": "{{c}}"}}' }),
      [
        [
          'warning',
          'braze.unescaped-free-text',
          'body',
          '1:22',
          unescaped('title', 'a'),
          { key: 'title', inner: 'a' },
        ],
        [
          'warning',
          'braze.unescaped-free-text',
          'body',
          '1:60',
          unescaped('description', 'c'),
          { key: 'description', inner: 'c' },
        ],
      ],
    ],
    [
      'json_escape and as_json_string',
      template({
        body: '{"event": {"title": "{{ t | as_json_string }}", "description": "{{d|json_escape}}"}}',
      }),
      [],
    ],
    [
      'a tag in the title prints nothing',
      template({ body: '{"event": {"title": "{% if a %}x{% endif %}"}}' }),
      [],
    ],
    [
      'free text in a header is not checked as JSON',
      template({ more: [{ name: 'X-Meta', value: '{"title": "{{a}}"}' }] }),
      [],
    ],
    [
      'a plain capture as the first thing in the body',
      template({ body: '{% capture t %}plain{% endcapture %}{"event": {"title": "{{t}}"}}' }),
      [],
    ],
    [
      'a capture with two spaces before its name',
      template({ body: '{% capture  t %}plain{% endcapture %}{"event": {"title": "{{t}}"}}' }),
      [],
    ],
    [
      'a capture holding a backslash',
      template({ body: '{% capture t %}a\\b{% endcapture %}{"event": {"title": "{{t}}"}}' }),
      [
        [
          'warning',
          'braze.unescaped-free-text',
          'body',
          '1:56',
          unescaped('title', 't'),
          { key: 'title', inner: 't' },
        ],
      ],
    ],
    [
      'the later of two captures wins: plain',
      template({
        body: '{% capture t %}"q"{% endcapture %}{% capture t %}plain{% endcapture %}{"event": {"title": "{{t}}"}}',
      }),
      [],
    ],
    [
      'the later of two captures wins: a quote',
      template({
        body: '{% capture t %}plain{% endcapture %}{% capture t %}"q"{% endcapture %}{"event": {"title": "{{t}}"}}',
      }),
      [
        [
          'warning',
          'braze.unescaped-free-text',
          'body',
          '1:92',
          unescaped('title', 't'),
          { key: 'title', inner: 't' },
        ],
      ],
    ],
  ])('%s', (_name, t, expected) => {
    expect(checkBrazePitfalls(t).map(seen)).toEqual(expected);
  });
});
