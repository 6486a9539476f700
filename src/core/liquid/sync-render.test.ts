import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import suite from './conformance/golden_liquid.json';
import type { GoldenCase } from './conformance/golden-case';
import { previewConnectedContent } from './connected-content';
import { renderBraze } from './render-braze';
import { setSyncRender } from './sync-render';
import type { SampleUser } from '../sample-user';
import { slowRenderClock } from '../../testing/render-clock';
import type { RenderOptions, RenderResult } from './types';

const NOW = new Date('2024-03-10T12:00:00Z');
const EMPTY = {
  custom_attributes: {},
  event_properties: {},
  canvas_entry_properties: {},
  context: {},
  api_trigger_properties: {},
};
const user = (
  user_id: string,
  extra: Partial<SampleUser>,
  custom: Record<string, unknown> = {},
): SampleUser => ({
  ...EMPTY,
  user_id,
  ...extra,
  custom_attributes: custom,
});

const timedOut = (r: RenderResult) =>
  !r.ok && r.problem?.code === 'liquid.limit' && /too much work/.test(r.problem.message);

/**
 * Renders `source` with liquidjs's own generators, then with the synchronous twin. The render time limit
 * is wall-clock time, so a pause of a busy machine can trip it in either render: such a pair is rendered
 * again (twice at most), as the dry run does.
 */
async function both(
  source: string,
  u: SampleUser,
  options: RenderOptions,
): Promise<[RenderResult, RenderResult]> {
  let pair: [RenderResult, RenderResult] = [
    { ok: true, output: '' },
    { ok: true, output: '' },
  ];
  for (let attempt = 0; attempt < 3; attempt++) {
    setSyncRender(false);
    const lazy = await renderBraze(source, u, options);
    setSyncRender(true);
    pair = [lazy, await renderBraze(source, u, options)];
    if (timedOut(lazy) === timedOut(pair[1])) break;
  }
  return pair;
}

beforeEach(() => {
  slowRenderClock(); // undone by restoreAllMocks below
});

afterEach(() => {
  setSyncRender(true);
  vi.restoreAllMocks();
});

describe('the synchronous render twin', () => {
  it('renders every golden-liquid case (all 1,054, errors included) as liquidjs does', async () => {
    const cases = suite.tests as GoldenCase[];
    const blank = user('', {});
    let errors = 0;
    for (const c of cases) {
      const [lazy, now] = await both(c.template, blank, { variables: c.data ?? {}, now: NOW });
      expect(now, c.name).toEqual(lazy);
      if (!lazy.ok) errors++;
    }
    expect(errors).toBeGreaterThan(50); // the error paths are compared too
  });

  const USERS = [
    user('u-1', { first_name: 'Sam', time_zone: 'America/New_York' }, { code: ['acme/1'], subs: ['a', 'b'] }),
    user('', {}, { code: [], subs: [] }),
    user('u-3', { first_name: 'Mia "MJ"\\' }, { code: ['x/3', 'y/3'], subs: 'not a list', n: 7 }),
    user('u-4', { first_name: 'Zoë' }, { subs: ['c', 'd', 'e', 'f'], n: '12' }),
  ];
  const TEMPLATES = [
    "{% assign code = {{custom_attribute.${code}}}[0] | split: '/' | first %}https://x.test/v1/{{code}}",
    "{% capture t %}Hi {{${first_name} | default: 'friend'}}!{% endcapture -%}{{ t | json_escape }}",
    '{% assign s = {{custom_attribute.${subs}}} %}{% if s == blank %}{% abort_message("no subs") %}{% endif %}[{% for x in s %}"{{x}}"{% unless forloop.last %}, {% endunless %}{% endfor %}]',
    '{% for x in {{custom_attribute.${subs}}} %}{% if forloop.index == 2 %}{% continue %}{% endif %}{% if x == "e" %}{% break %}{% endif %}{{x}}{% endfor %}',
    '{% if {{custom_attribute.${n}}} > 5 %}big{% elsif {{custom_attribute.${n}}} %}small{% else %}none{% endif %}',
    '{% unless ${first_name} %}nobody{% else %}{{ ${first_name} | upcase | truncate: 3 }}{% endunless %}',
    '{{ ${first_name} | no_such_filter }}',
    '{{ custom_attribute.${code} | first | split: "/" | last | plus: 1 }} {{ custom_attribute.${code}.size }}',
    '{% capture big %}{% for i in (1..300) %}{{ custom_attribute.${code} }}{% endfor %}{% endcapture %}{{ big | size }}',
    '{{ "now" | date: "%Y-%m-%d %H:%M" }} {{ ${time_zone} | default: "UTC" }} {{ 3 | divided_by: 0 }}',
  ];

  it.each(TEMPLATES)('renders %s for varied users as liquidjs does', async (source) => {
    const options = { now: NOW, connectedContent: previewConnectedContent, variables: { shop: 'Main St' } };
    for (const u of USERS) {
      const [lazy, now] = await both(source, u, options);
      expect(now).toEqual(lazy);
    }
  });
});
