import { describe, expect, it } from 'vitest';
import { liquidSegments, maskLiquid } from './liquid-segments';

/** A field's text, its Liquid constructs ([kind, start, end, inner]) and the text with them masked by spaces. */
const CASES: [string, [string, number, number, string][], string][] = [
  ['plain {text} only', [], 'plain {text} only'],
  ['Hi {{ name }}!', [['output', 3, 13, 'name']], 'Hi           !'],
  [
    '{%- if a -%}x{% endif %}',
    [
      ['tag', 0, 12, 'if a'],
      ['tag', 13, 24, 'endif'],
    ],
    '            x           ',
  ],
  [
    '{{ ${first_name} | default: "}}" }} and {{ \'%}\' }}',
    [
      ['output', 0, 35, '${first_name} | default: "}}"'],
      ['output', 40, 50, "'%}'"],
    ],
    '                                    and           ',
  ],
  ['{{ ${unclosed', [['output', 0, 13, '${unclosed']], '             '],
  ['{{ "never closed', [['output', 0, 16, '"never closed']], '                '],
  ['{% if x', [['tag', 0, 7, 'if x']], '       '],
  [
    'a {{ b }} {% c %}{',
    [
      ['output', 2, 9, 'b'],
      ['tag', 10, 17, 'c'],
    ],
    'a                {',
  ],
  ['{"title": "{{ t }}"}', [['output', 11, 18, 't']], '{"title": "       "}'],
  [
    '{% capture t %}A {{ x }}\nB{% endcapture %}{"t": "{{ t }}"}',
    [
      ['tag', 0, 15, 'capture t'],
      ['output', 17, 24, 'x'],
      ['tag', 26, 42, 'endcapture'],
      ['output', 49, 56, 't'],
    ],
    '                        \n                 {"t": "       "}',
  ],
  [
    '{% capture t %}never ended {{ x }}\n tail',
    [
      ['tag', 0, 15, 'capture t'],
      ['output', 27, 34, 'x'],
    ],
    '                                  \n     ',
  ],
  [
    '{{x}}{{y}}',
    [
      ['output', 0, 5, 'x'],
      ['output', 5, 10, 'y'],
    ],
    '          ',
  ],
  [
    '{% assign capture_me = 1 %}{{ capture_me }}',
    [
      ['tag', 0, 27, 'assign capture_me = 1'],
      ['output', 27, 43, 'capture_me'],
    ],
    '                                           ',
  ],
  ['{{- x -}}', [['output', 0, 9, 'x']], '         '],
];

describe('liquidSegments and maskLiquid', () => {
  it.each(CASES)('%j', (text, segments, masked) => {
    const found = liquidSegments(text);
    expect(found.map((s) => [s.kind, s.start, s.end, s.inner])).toEqual(segments);
    expect(maskLiquid(text, found)).toBe(masked);
    expect(maskLiquid(text, found)).toHaveLength(text.length);
  });
});
