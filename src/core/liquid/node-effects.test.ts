import { describe, expect, it } from 'vitest';
import { nodeEffects } from './node-effects';

const NONE = new Set<string>();
const CC = new Set(['connected_content']);

describe('nodeEffects', () => {
  it.each<[string, ReadonlySet<string>, boolean, string[], boolean]>([
    ['{% assign a = 1 %}{{ a }}', NONE, true, ['a'], false],
    ['{% if a %}{% elsif b %}{% else %}{% endif %}{% unless c %}{% endunless %}', NONE, true, [], false],
    [
      '{% case a %}{% when 1 %}{% endcase %}{% comment %}x{% endcomment %}{% raw %}{% endraw %}',
      NONE,
      true,
      [],
      false,
    ],
    ['{% echo a %}{% # a note %}', NONE, true, [], false],
    ['{% for x in y %}{% endfor %}', NONE, false, [], false],
    ['{% for x in y %}{% endfor %}', new Set(['for', 'endfor']), true, [], false],
    ['{%- capture "b c" -%}x{% endcapture %}', NONE, true, ['b c'], false],
    ["{% capture 'd' %}x{% endcapture %}", NONE, true, ['d'], false],
    ['{% increment n %}{% decrement m %}', NONE, false, ['n', 'm'], false],
    ['{% liquid assign a = 1 %}', NONE, false, [], true],
    ['{% connected_content https://x :save token %}', CC, true, ['connected', 'token'], false],
    ['{% connected_content https://x :save token %}', NONE, false, ['connected', 'token'], false],
    ['{% connected_content https://x :save tok-%}', CC, true, ['connected', 'tok'], false],
    ['{% connected_content https://x :save my-tok %}', CC, true, ['connected', 'my-tok'], false],
    ['{% connected_content https://x :save {{ n }} %}', CC, true, ['connected'], true],
    ['{% connected_content https://x %}', CC, true, ['connected'], false],
    ['{% assign a = ":save x" %}', NONE, true, ['a'], false],
    ['plain text {{ a }}', NONE, true, [], false],
  ])('%s (extra tags %o)', (text, extra, replayable, writes, writesUnknown) => {
    expect(nodeEffects(text, extra)).toEqual({ replayable, writes, writesUnknown });
  });
});
