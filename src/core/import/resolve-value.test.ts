import { describe, expect, it } from 'vitest';
import { extractCaptures, resolveString } from './resolve-value';

describe('resolveString: the text a marketer would type for a Braze JSON string', () => {
  const { captures } = extractCaptures(
    '{% capture title %}Say \\"hi\\"{% endcapture %}{% capture raw %}a\\nb{% endcapture %}',
  );

  it.each([
    ['plain \\"quoted\\" text', 'plain "quoted" text', []],
    ['{{title}}!', 'Say "hi"!', ['title']],
    ['{{ title | json_escape }}', 'Say \\"hi\\"', ['title']],
    ['x {{raw}} y', 'x a\nb y', ['raw']],
    ['{{other}} and {% if a %}b{% endif %}', '{{other}} and {% if a %}b{% endif %}', []],
    ['a { b } \\u00e9', 'a { b } é', []],
    ['{{title}}{{ title }}', 'Say "hi"Say "hi"', ['title']],
    ['bad \\q escape', 'bad \\q escape', []],
  ])('%j -> %j', (raw, text, used) => {
    const seen = new Set<string>();
    expect(resolveString(raw, captures, seen)).toBe(text);
    expect([...seen]).toEqual(used);
  });
});
