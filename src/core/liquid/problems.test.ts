import { describe, expect, it } from 'vitest';
import { parseBraze } from './engine';
import { BrazeProblemError } from './errors';
import { findCause } from './problems';
import { renderBraze } from './render-braze';
import { GUIDE_URL, GUIDE_USER } from '../../testing/liquid-fixtures';

describe('problem positions refer to the text the user wrote', () => {
  it.each([
    {
      name: 'after a ${} on the same line',
      source: '{{${first_name}}} and {{ x | nope }}',
      code: 'liquid.unknown-filter',
      line: 1,
      column: 30,
    },
    {
      name: 'after the guide URL (nested {{ }} dropped inside the tag)',
      source: `${GUIDE_URL}?x={{ 1 | nope }}`,
      code: 'liquid.unknown-filter',
      line: 1,
      column: GUIDE_URL.length + 11,
    },
    {
      name: 'on a later line after several rewrites',
      source: '{{${user_id}}}\n{{custom_attribute.${rokt:account_code}}}\n  {% bogus %}',
      code: 'liquid.unknown-tag',
      line: 3,
      column: 3,
    },
    {
      name: 'unclosed output after a rewrite',
      source: '{{${user_id}}} {{ custom_attribute.${a}',
      code: 'liquid.syntax',
      line: 1,
      column: 16,
    },
    {
      name: 'unclosed block',
      source: 'x\n{% if custom_attribute.${a} %}yes',
      code: 'liquid.syntax',
      line: 2,
      column: 1,
    },
    {
      name: 'render error inside a loop',
      source:
        "{% for s in custom_attribute.${rokt:subscription_id} %}\n{{ s | time_zone: 'Nowhere/City' }}{% endfor %}",
      code: 'liquid.render',
      line: 2,
      column: 1,
    },
  ])('$name', async ({ source, code, line, column }) => {
    const result = await renderBraze(source, GUIDE_USER);
    expect(result).toMatchObject({ ok: false, problem: { code, line, column } });
    if (!result.ok) expect(result.problem?.message.length).toBeGreaterThan(20);
  });

  it('gives the original line as the excerpt', async () => {
    const result = await renderBraze('line one\n{{${user_id}}} {{ x | nope }}', GUIDE_USER);
    expect(result.ok || result.problem?.excerpt).toBe('{{${user_id}}} {{ x | nope }}');
  });
});

describe('parseBraze', () => {
  it('accepts the guide URL and caches by source', () => {
    const first = parseBraze(GUIDE_URL);
    expect(first.ok).toBe(true);
    expect(parseBraze(GUIDE_URL)).toBe(first);
  });

  it('reports a syntax problem without rendering', () => {
    expect(parseBraze('{% if x %}')).toMatchObject({
      ok: false,
      problem: { code: 'liquid.syntax', line: 1, column: 1 },
    });
  });
});

describe('limits', () => {
  it.each([
    ['huge range', '{% for i in (1..100000000) %}{% for j in (1..1000) %}x{% endfor %}{% endfor %}'],
    ['long nested loop', '{% for i in (1..100000) %}{% for j in (1..100) %}x{% endfor %}{% endfor %}'],
    [
      'growing string',
      "{% assign s = 'xxxxxxxxxx' %}{% for i in (1..30) %}{% assign s = s | append: s %}{% endfor %}{{ s.size }}",
    ],
  ])('stops a runaway template: %s', async (_name, source) => {
    const result = await renderBraze(source, GUIDE_USER);
    expect(result).toMatchObject({ ok: false, problem: { code: 'liquid.limit' } });
  });

  it('rejects template text longer than the parse limit', () => {
    expect(parseBraze('x'.repeat(300_000))).toMatchObject({ ok: false, problem: { code: 'liquid.limit' } });
  });
});

describe('the problem a marketer reads, by kind', () => {
  const USER = {
    user_id: 'u',
    custom_attributes: {},
    event_properties: {},
    canvas_entry_properties: {},
    context: {},
    api_trigger_properties: {},
  };
  it.each<[string, string, string, string, Record<string, unknown>]>([
    [
      '{{ "x" | camelize }}',
      'liquid.unsupported-filter',
      '1:10',
      'Braze does not support the "camelize" filter; remove it or use another filter.',
      { filter: 'camelize' },
    ],
    [
      'a\n{{ "x" | upcase | nosuch: 1 }}',
      'liquid.unknown-filter',
      '2:19',
      'There is no "nosuch" filter in Braze Liquid; check its spelling or remove it.',
      { filter: 'nosuch' },
    ],
    [
      '{% nosuchtag %}',
      'liquid.unknown-tag',
      '1:1',
      'There is no {% nosuchtag %} tag in Braze Liquid; check its spelling.',
      { tag: 'nosuchtag' },
    ],
    ['{{ "x"', 'liquid.syntax', '1:1', 'A {{ is not closed; add the missing }}.', { v: 'output' }],
    [
      '{% if a',
      'liquid.syntax',
      '1:1',
      'The {% if tag is not closed; add the missing %}.',
      { v: 'tag', name: 'if' },
    ],
    [
      '{% if a %}x',
      'liquid.syntax',
      '1:1',
      'The {% if %} block is not closed; add {% endif %} after its content.',
      { v: 'block', name: 'if' },
    ],
    [
      '{%- capture b %}x',
      'liquid.syntax',
      '1:1',
      'The {% capture %} block is not closed; add {% endcapture %} after its content.',
      { v: 'block', name: 'capture' },
    ],
    ['{%', 'liquid.syntax', '1:1', 'A {% is not closed; add the missing %}.', { v: 'bare-tag' }],
    ['x {%- ', 'liquid.syntax', '1:3', 'A {% is not closed; add the missing %}.', { v: 'bare-tag' }],
    [
      '{%if a',
      'liquid.syntax',
      '1:1',
      'The {% if tag is not closed; add the missing %}.',
      { v: 'tag', name: 'if' },
    ],
    ['{% cycle %}', 'liquid.syntax', '1:9', 'cycle needs at least one value to go through.', { v: 'cycle' }],
    [
      `${'\n'.repeat(11)}          {% raw %}x`,
      'liquid.syntax',
      '12:20',
      'Liquid syntax error: raw "{% raw %}x" not closed. Check the Liquid at this position.',
      { v: 'parser', detail: 'raw "{% raw %}x" not closed' },
    ],
  ])('%j', async (source, code, at, message, params) => {
    const result = await renderBraze(source, USER, {});
    expect(
      result.ok
        ? null
        : [
            result.problem?.code,
            `${result.problem?.line}:${result.problem?.column}`,
            result.problem?.message,
            result.problem?.params,
          ],
    ).toEqual([code, at, message, params]);
  });
});

describe('findCause', () => {
  /** An error wrapping `inner` the way liquidjs wraps the errors of a render. */
  const wrapping = (inner: unknown) => Object.assign(new Error('wrapper'), { originalError: inner });
  const chain = (depth: number, innermost: unknown) => {
    let e = innermost;
    for (let i = 0; i < depth; i++) e = wrapping(e);
    return e;
  };
  const own = new BrazeProblemError('liquid.render', 'own');

  it.each<[string, unknown, BrazeProblemError | undefined]>([
    ['the error itself', own, own],
    ['under nine wrappers (the tenth error of the chain)', chain(9, own), own],
    ['not under ten wrappers (read at most ten deep)', chain(10, own), undefined],
    ['not in a chain without one', chain(3, new Error('plain')), undefined],
    [
      'not in a chain that wraps itself',
      (() => {
        const loop = wrapping(undefined);
        loop.originalError = loop;
        return loop;
      })(),
      undefined,
    ],
    ['not in nothing', undefined, undefined],
  ])('finds the Braze problem %s', (_, err, found) => {
    expect(findCause(err, BrazeProblemError)).toBe(found);
  });
});
