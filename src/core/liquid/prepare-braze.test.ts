import { describe, expect, it } from 'vitest';
import { prepareBraze } from './prepare-braze';
import { renderBraze } from './render-braze';
import { previewConnectedContent } from './connected-content';
import type { SampleUser } from '../sample-user';
import type { RenderResult } from './types';

const NOW = new Date('2024-03-10T12:00:00Z');
const OPTIONS = {
  now: NOW,
  connectedContent: previewConnectedContent,
  variables: { shop: 'Main St', blob: 'x'.repeat(3_000_000) },
};

const user = (id: string, first: string | undefined, custom: Record<string, unknown>): SampleUser => ({
  user_id: id,
  ...(first === undefined ? {} : { first_name: first }),
  custom_attributes: custom,
  event_properties: {},
  canvas_entry_properties: {},
  context: {},
  api_trigger_properties: {},
});

/** Varied users; the first one (the one recorded first) takes none of the rarer branches. */
const USERS: SampleUser[] = [
  user('u-1', 'Sam', { code: ['acme/1'], subs: ['a', 'b'], big: 'yyy' }),
  {
    ...user('u-2', 'Zoë', { code: ['acme/2'], subs: ['c'] }),
    subscribed_state: { email_global: 'opted_in' },
  },
  user('', undefined, { code: [], subs: [] }),
  user('u-4', 'Chen', { code: ['brazetest/4', 'acme-eu/4'], subs: ['d'], big: 'y'.repeat(2_100_000) }),
  user('u-5', 'Mia "MJ"\\', { subs: 'not a list', big: 7 }),
  user('u-6', 'Sam', { code: ['acme/6'], subs: ['e', 'f', 'g'] }),
];

/** A shared part charging 3,000,000 of the 5,000,000 memory units a render may use. */
const SHARED_3M = '{% capture a %}Shared: {{ blob }}{% endcapture %}';

/** Templates that mix parts every user shares with parts that differ, including the tricky orders. */
const TEMPLATES: [string, string][] = [
  ['plain text', 'application/json'],
  [
    'a token from connected_content',
    'Bearer {% connected_content https://x.test/oauth2/token :method post :save token %}{{token.access_token}}',
  ],
  [
    'a user-dependent connected_content URL',
    '{% connected_content https://x.test/token/{{${user_id}}} :save r %}{{ r.access_token }}-{{ r.__http_status_code__ }}',
  ],
  [
    'the account code URL',
    "{% assign code = {{custom_attribute.${code}}}[0] | split: '/' | first %}https://x.test/v1/subscriptionevent/{{code}}",
  ],
  [
    'a shared capture later changed for some users',
    "{% capture x %}shared{% endcapture %}{% if ${first_name} == 'Zoë' %}{% assign x = 'changed' %}{% endif %}[{{ x | upcase }}]",
  ],
  [
    'a shared value set again by the liquid tag for some users',
    "{% assign x = 'one' %}{% if ${first_name} == 'Chen' %}{% liquid\n assign x = 'two' %}{% endif %}{{ x }}{{ campaign.name }}",
  ],
  [
    'shared captures around user parts, abort and errors for some',
    [
      '{% capture id %}sale{% endcapture %}{% capture title %}Hi {{${first_name} | default: "friend"}}{% endcapture %}',
      '{% assign subs = {{custom_attribute.${subs}}} %}{% if subs == blank %}{% abort_message("no subs") %}{% endif %}',
      "{% if ${first_name} == 'Chen' %}{{ 1 | divided_by: 0 }}{% endif %}",
      '{"id": "{{id | json_escape}}_{{${user_id} | json_escape}}", "title": "{{title | json_escape}}",',
      ' "shop": "{{shop}}", "when": "{{ "now" | date: "%Y-%m-%d" }}",',
      ' "subs": [{% for s in subs %}"{{s | json_escape}}"{% unless forloop.last %}, {% endunless %}{% endfor %}]}',
    ].join('\n'),
  ],
  [
    'counters and cycles that carry state between nodes',
    '{% increment c %}{% cycle "a", "b" %}{% if ${first_name} == "Sam" %}{% increment c %}{% cycle "a", "b" %}{% endif %}{{ c }}{% cycle "a", "b" %}',
  ],
  [
    'memory used by shared parts, then by user parts (the limit is reached for one user)',
    `${SHARED_3M}{% assign mine = custom_attribute.\${big} | append: '' %}[{{ mine }}]`,
  ],
  [
    'memory used by user parts, then by shared parts (the limit is reached in the shared part)',
    `{% assign mine = custom_attribute.\${big} | append: '' %}${SHARED_3M}[{{ mine }}]`,
  ],
  ['a syntax error', 'Hello {% if %}'],
  [
    'a Braze namespace only some users have, and lax syntax that warns',
    '{% assign s = "shared" %}{{ s }} {{ subscribed_state.${email_global} | default: "none" }} {{ ${ first_name } }}',
  ],
];

async function both(source: string): Promise<{ expected: RenderResult[]; actual: RenderResult[] }> {
  const prepared = prepareBraze(source, OPTIONS);
  if (!prepared) throw new Error('the preview resolver must allow a prepared template');
  const expected: RenderResult[] = [];
  const actual: RenderResult[] = [];
  // Twice through the users: the first pass includes the recorded renders, the second replays.
  for (const u of [...USERS, ...USERS]) {
    expected.push(await renderBraze(source, u, OPTIONS));
    actual.push(prepared.render(u));
  }
  return { expected, actual };
}

describe('a prepared template', () => {
  it.each(TEMPLATES)('gives every user what renderBraze gives: %s', async (_name, source) => {
    const { expected, actual } = await both(source);
    expect(actual).toEqual(expected);
  });

  it('covers success, abort and error among the users of the mixed template', async () => {
    const { actual } = await both(TEMPLATES[6]![1]);
    expect(actual.map((r) => (r.ok ? 'ok' : (r.aborted?.reason ?? r.problem?.code)))).toEqual([
      ...['ok', 'ok', 'no subs', 'liquid.render', 'ok', 'ok'],
      ...['ok', 'ok', 'no subs', 'liquid.render', 'ok', 'ok'],
    ]);
  });

  it('reaches the memory limit for the same user wherever the shared part sits', async () => {
    for (const [, source] of TEMPLATES.slice(8, 10)) {
      const { actual } = await both(source);
      expect(actual.map((r) => (r.ok ? r.output : r.problem?.code))).toEqual([
        ...['[yyy]', '[]', '[]', 'liquid.limit', '[7]', '[]'],
        ...['[yyy]', '[]', '[]', 'liquid.limit', '[7]', '[]'],
      ]);
    }
  });

  it('is refused for a Connected Content resolver other than the preview stand-in', () => {
    const resolver = () => ({ access_token: 'live' });
    const source = '{% connected_content https://x.test/token :save t %}{{t.access_token}}';
    expect(prepareBraze(source, { now: NOW, connectedContent: resolver })).toBeNull();
    expect(prepareBraze('no connected content', { now: NOW, connectedContent: resolver })).not.toBeNull();
  });
});

describe('what a prepared template renders once for everyone', () => {
  // A shared value that counts how often a render reads it: a node replayed for a user does not read it again.
  const counted = () => {
    const seen = { reads: 0 };
    const shop = {
      get name() {
        seen.reads++;
        return 'Main St';
      },
      get day() {
        seen.reads++;
        return '2024-03-10T12:00:00Z';
      },
    };
    return { seen, shop };
  };
  const NAMES = ['Ana', 'Bo', 'Cy'];

  it.each([
    ['nothing user-dependent: one render for all', '{{ shop.name }} and {{ shop.name | upcase }}', 2],
    [
      'shared nodes around a user-dependent one',
      '{% assign greeting = shop.name | upcase %}{{ greeting }} {{ ${first_name} }}{{ shop.name }}',
      2,
    ],
    ['a node reading a variable a user set', '{% assign n = ${first_name} %}{{ shop.name | append: n }}', 4],
    [
      'a node after one that may change a shared variable for some users',
      "{% assign s = shop.name %}{% if ${first_name} == 'Bo' %}{% assign s = 'x' %}{% endif %}{{ s | append: shop.name }}{{ shop.name }}",
      6,
    ],
    [
      'a node after a shared one that sets again what some users set',
      "{% if ${first_name} == 'Bo' %}{% assign s = 'x' %}{% endif %}{% assign s = shop.name %}{{ s | append: shop.name }}",
      2,
    ],
    [
      'a capture of user text, then shared text',
      '{% capture c %}{{ ${first_name} }}{% endcapture %}{{ shop.name }}{{ c }}',
      1,
    ],
    [
      'a node that sets a value that is not plain data (a time in a zone)',
      "{% assign t = shop.day | time_zone: 'UTC' %}{{ ${first_name} }}",
      4,
    ],
    [
      'the first user aborts part-way: the next user is recorded too',
      "{{ shop.name }}{% if ${first_name} == 'Ana' %}{% abort_message('stop') %}{% endif %}{{ shop.name }}{{ shop.name }}",
      4,
    ],
  ])('%s', (_name, source, reads) => {
    const { seen, shop } = counted();
    const prepared = prepareBraze(source, { now: NOW, variables: { shop } })!;
    const results = NAMES.map((first) => prepared.render(user(`u-${first}`, first, {})));
    expect(seen.reads).toBe(reads);
    // And every user still gets what renderBraze gives.
    return Promise.all(
      NAMES.map((first) =>
        renderBraze(source, user(`u-${first}`, first, {}), { now: NOW, variables: { shop } }),
      ),
    ).then((expected) => expect(results).toEqual(expected));
  });

  it('carries the template warnings on every user result, replayed or not', () => {
    const prepared = prepareBraze('{{ ${ first_name } }}{{ shop }}', { now: NOW, variables: { shop: 'x' } })!;
    const results = NAMES.map((first) => prepared.render(user('u', first, {})));
    expect(results.map((r) => [r.output, r.warnings?.map((w) => w.code)])).toEqual([
      ['Anax', ['liquid.lax-spaces-in-name']],
      ['Box', ['liquid.lax-spaces-in-name']],
      ['Cyx', ['liquid.lax-spaces-in-name']],
    ]);
  });

  it('gives every user the parse problem of a template that does not parse', () => {
    const prepared = prepareBraze('{% if %}', { now: NOW })!;
    expect(NAMES.map((first) => prepared.render(user('u', first, {})))).toEqual(
      NAMES.map(() => ({
        ok: false,
        output: '',
        problem: expect.objectContaining({ code: 'liquid.syntax', line: 1, column: 6 }),
      })),
    );
  });
});
