import { describe, expect, it } from 'vitest';
import { ImportContext } from './import-context';
import guideCreate from '../fixtures/guide-create.template.json';
import { importBody } from './import-body';

const IDS = `"subscriptionIds": ["{{custom_attribute.\${rokt:subscription_id}| join: '","'  }}"]`;
const EVENT = '"event": {"title": "A"}';

const REASONS: Record<string, string> = {
  'text-before-json': 'Text before the JSON; it is left out.',
  'liquid-before-json': 'Liquid before the JSON that the composer does not generate; it is left out.',
  'no-json': 'No JSON object was found in the body; the event fields keep their defaults.',
  'text-after-json': 'Text after the JSON object; it is left out.',
  'capture-unused': 'Captured but not used by a field the composer knows.',
  'create-not-nested': 'A create body needs the event fields inside "event": {…}; the composer nests them.',
  'field-not-edited': 'The composer does not edit this field; it is left out.',
  'ids-not-kept':
    "The composer always sends the subscriber's rokt:subscription_id values; these ids are not kept.",
  'update-ids': 'An update is matched by eventId; the composer sends no subscriptionIds.',
};

function imported(body: string, mode: 'create' | 'update' = 'create') {
  const ctx = new ImportContext();
  ctx.draft.mode = mode;
  importBody(body, ctx);
  const r = ctx.result();
  return {
    left: r.unmapped.map((u) => {
      expect(u.reason).toBe(REASONS[u.why.code] ?? u.reason);
      return [u.part, u.text, u.why.code];
    }),
    mapped: r.mapped,
    draft: r.draft,
  };
}

describe('importBody: what a pasted body leaves out, and why', () => {
  it.each([
    [`Hello {${EVENT}, ${IDS}}`, [['body', 'Hello', 'text-before-json']]],
    [
      `Hi {{ x }} there {${EVENT}, ${IDS}}`,
      [
        ['body', 'Hi', 'text-before-json'],
        ['body', '{{ x }}', 'liquid-before-json'],
        ['body', 'there', 'text-before-json'],
      ],
    ],
    [`{% if x > 1 %}{${EVENT}, ${IDS}}`, [['body', '{% if x > 1 %}', 'liquid-before-json']]],
    ['no json here', [['body', 'no json here', 'no-json']]],
    [`{${EVENT}, ${IDS}} trailing`, [['body', 'trailing', 'text-after-json']]],
    [
      `{% capture promo %}x{% endcapture %}{${EVENT}, ${IDS}}`,
      [['capture promo', '{% capture promo %}x{% endcapture %}', 'capture-unused']],
    ],
    [`{"title": "A", ${IDS}}`, [['body', '{…}', 'create-not-nested']]],
    [
      `{${EVENT}, "extra": "v", "obj": {}, ${IDS}}`,
      [
        ['extra', 'v', 'field-not-edited'],
        ['obj', '…', 'field-not-edited'],
      ],
    ],
    [`{${EVENT}, "subscriptionIds": ["a-1"]}`, [['subscriptionIds', '["a-1"]', 'ids-not-kept']]],
    [`{${EVENT}, "subscriptionIds": {"a": 1}}`, [['subscriptionIds', '{…}', 'ids-not-kept']]],
    [`{${EVENT}}`, []],
    [`{{ x }} {${EVENT}, ${IDS}}`, [['body', '{{ x }}', 'liquid-before-json']]],
    [
      `{% assign ids = custom_attribute.\${rokt:subscription_id} %}{${EVENT}, "subscriptionIds": {{ idsx | json }}}`,
      [['subscriptionIds', '{{ idsx | json }}', 'ids-not-kept']],
    ],
    [
      `{% assign idsx = 1 %}{${EVENT}, "subscriptionIds": {{ ids | json }}}`,
      [
        ['body', '{% assign idsx = 1 %}', 'liquid-before-json'],
        ['subscriptionIds', '{{ ids | json }}', 'ids-not-kept'],
      ],
    ],
  ])('%j', (body, left) => {
    const r = imported(body);
    expect(r.left).toEqual(left);
    expect(r.mapped).toEqual(left.some(([, , code]) => code === 'no-json') ? [] : ['title']);
  });

  it("uses the partner guide's captures and leaves nothing out", () => {
    const r = imported(guideCreate.body);
    expect(r.left).toEqual([]);
    expect(r.draft.title).toBe('Event Title');
  });

  it('reads a body it cannot parse as unreadable, naming the problem', () => {
    const ctx = new ImportContext();
    importBody('{"event": {"title": "A"', ctx);
    const [piece] = ctx.result().unmapped;
    expect(piece).toEqual({
      part: 'body',
      text: '{"event": {"title": "A"',
      reason: `The body is not JSON the composer can read (expected ',' or '}' after "title"); the event fields keep their defaults.`,
      why: { code: 'body-unreadable', params: { detail: `expected ',' or '}' after "title"` } },
    });
  });
});

describe('importBody: subscription ids and the abort', () => {
  it('keeps ids read from rokt:subscription_id through an assigned variable, and the abort when there are none', () => {
    const body = `{% assign ids = custom_attribute.\${rokt:subscription_id} %}{% if ids == blank %}{% abort_message('none') %}{% endif %}{${EVENT}, "subscriptionIds": {{ ids | json }}}`;
    const r = imported(body);
    expect(r.left).toEqual([]);
    expect(r.mapped).toEqual(['title', 'options.abortWithoutSubscriptions']);
    expect(r.draft.options.abortWithoutSubscriptions).toBe(true);
  });

  it('reads a for loop over the ids without an abort as "do not abort"', () => {
    const body = `{${EVENT}, "subscriptionIds": [{% for id in custom_attribute.\${rokt:subscription_id} %}"{{id}}"{% endfor %}]}`;
    const r = imported(body);
    expect(r.left).toEqual([]);
    expect(r.mapped).toEqual(['title', 'options.abortWithoutSubscriptions']);
    expect(r.draft.options.abortWithoutSubscriptions).toBe(false);
  });

  it('leaves the abort option alone when the ids are joined without a loop', () => {
    const r = imported(`{${EVENT}, ${IDS}}`);
    expect(r.mapped).toEqual(['title']);
  });
});

describe('importBody: an update body', () => {
  it.each([
    [
      '{"eventId": "x", "subscriptionIds": ["a"]}',
      'flat',
      [
        ['subscriptionIds', '["a"]', 'ids-not-kept'],
        ['subscriptionIds', '["a"]', 'update-ids'],
      ],
    ],
    [
      `{"eventId": "x", ${IDS}}`,
      'flat',
      [['subscriptionIds', `["{{custom_attribute.\${rokt:subscription_id}| join: '","'  }}"]`, 'update-ids']],
    ],
    ['{"event": {"eventId": "x"}}', 'nested', []],
  ] as const)('%j has the %s shape', (body, shape, left) => {
    const r = imported(body, 'update');
    expect(r.draft.options.updateShape).toBe(shape);
    expect(r.mapped).toContain('options.updateShape');
    expect(r.mapped).not.toContain('options.abortWithoutSubscriptions');
    expect(r.left).toEqual(left);
  });
});
