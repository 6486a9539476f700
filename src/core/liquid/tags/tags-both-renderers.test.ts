/**
 * The Ruby-dialect tags (`if`, `unless`, `case`, `for`, `cycle`, `tablerow`, `ifchanged`) have two renderers:
 * liquidjs's generators (asynchronous renders, such as a send with real Connected Content) and the
 * synchronous twin (previews). Both must give Ruby Liquid 5's answer for every golden-liquid case of those
 * tags, and the same problem sentences.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import suite from '../conformance/golden_liquid.json';
import { exceptionFor } from '../conformance/exceptions';
import { type GoldenCase, type GoldenOutcome, runGoldenCase } from '../conformance/golden-case';
import { renderBraze } from '../render-braze';
import { setSyncRender } from '../sync-render';

const TAGS = ['if tag', 'unless tag', 'case tag', 'for tag', 'cycle tag', 'tablerow tag', 'ifchanged tag'];
const cases = (suite.tests as GoldenCase[]).filter(
  (c) => c.tags?.some((t) => TAGS.includes(t)) && exceptionFor(c) === undefined,
);
const USER = {
  user_id: 'u1',
  custom_attributes: {},
  event_properties: {},
  canvas_entry_properties: {},
  context: {},
  api_trigger_properties: {},
};
const NOW = new Date('2024-03-10T12:00:00Z');

/** The render time limit is wall-clock time: a case a busy machine pushed past it is run again (twice at most). */
async function outcome(c: GoldenCase): Promise<GoldenOutcome> {
  let result = await runGoldenCase(c);
  for (let retry = 0; retry < 2 && /liquid\.limit/.test(result.got); retry++) result = await runGoldenCase(c);
  return result;
}

const MODES = [
  ['liquidjs generators', false],
  ['synchronous twin', true],
] as const;

beforeAll(async () => {
  // The twin renders a `for` itself once liquidjs has rendered one (it borrows liquidjs's forloop class).
  await renderBraze('{% for i in (1..1) %}{% endfor %}', USER, { now: NOW });
});

afterEach(() => setSyncRender(true));

describe.each(MODES)('tags rendered by the %s', (_mode, sync) => {
  it('covers the golden cases of every tag', () => {
    expect(cases.length).toBeGreaterThan(250);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    setSyncRender(sync);
    const { passed, got } = await outcome(c);
    expect({ template: c.template, got, passed }).toMatchObject({ passed: true });
  });

  it.each([
    [
      '{% for x in (1..3) limit: "two" %}{{ x }}{% endfor %}',
      'The limit of a for loop must be a whole number, not "two".',
      { v: 'for-number', key: 'limit', value: '"two"' },
    ],
    [
      '{% for x in (1..3) offset: "x" %}{{ x }}{% endfor %}',
      'The offset of a for loop must be a whole number, not "x".',
      { v: 'for-number', key: 'offset', value: '"x"' },
    ],
  ])('refuses %s with a sentence', async (source, message, params) => {
    setSyncRender(sync);
    expect(await renderBraze(source, USER, { now: NOW })).toMatchObject({
      ok: false,
      problem: { code: 'liquid.render', message, params },
    });
  });

  it.each([
    [
      '{% case x %}{% when %}a{% endcase %}',
      '{% when %} needs a value to compare with, like {% when "gold" %}.',
      { v: 'when' },
    ],
    [
      '{% if a b %}x{% endif %}',
      'Unknown operator in {% if %}: "a b" needs one of ==, !=, <, >, <=, >=, contains between the values, and and/or between conditions (Liquid has no "not").',
      { v: 'operator', tag: 'if', words: 'a b' },
    ],
    [
      '{% unless a == 1 b %}x{% endunless %}',
      'Unknown operator in {% unless %}: "1 b" needs one of ==, !=, <, >, <=, >=, contains between the values, and and/or between conditions (Liquid has no "not").',
      { v: 'operator', tag: 'unless', words: '1 b' },
    ],
  ])('does not parse %s, and says why', async (source, message, params) => {
    setSyncRender(sync);
    expect(await renderBraze(source, USER, { now: NOW })).toMatchObject({
      ok: false,
      problem: { code: 'liquid.syntax', message, params },
    });
  });

  it.each([
    ['{% for x in (1..3) limit: " 2 " %}{{ x }}{% endfor %}', '12'],
    ['{% for x in (1..4) reversed offset: 1 %}{{ x }}{% endfor %}', '432'],
    [
      '{% for x in (1..4) limit: 2 %}{{ x }}{% endfor %}{% for x in (1..4) offset: continue %}{{ x }}{% endfor %}',
      '1234',
    ],
    ['{% for x in h %}{{ x[0] }}={{ x[1] }};{% endfor %}', 'a=1;b=2;'],
    ['{% unless a %}A{% elsif b %}B{% else %}C{% endunless %}', 'A'],
    ['{% assign a = true %}{% unless a %}A{% elsif b %}B{% else %}C{% endunless %}', 'C'],
    [
      '{% assign a = true %}{% assign b = true %}{% unless a %}A{% elsif b %}B{% else %}C{% endunless %}',
      'B',
    ],
    ['{% case 2 %}{% when 1, 2 or 3 %}x{% when 2 %}y{% else %}z{% endcase %}', 'xy'],
    ['{% cycle "a", "b" %}{% cycle "a", "b" %}{% cycle "a", "b" %}', 'aba'],
    ['{% cycle 1, 2 %}{% cycle 1, 3 %}{% cycle 1, 2 %}', '112'],
    ['{% for x in (1..3) limit: nothing %}{{ x }}{% endfor %}', '123'],
    ['{% for i in (1..3) %}{% cycle "x": 1, 2 %}{% cycle "y": 1, 2 %}{% endfor %}', '112211'],
  ])('renders %s as Ruby does', async (source, output) => {
    setSyncRender(sync);
    expect(await renderBraze(source, USER, { now: NOW, variables: { h: { a: 1, b: 2 } } })).toEqual({
      ok: true,
      output,
    });
  });
});
