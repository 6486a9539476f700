import { describe, expect, it } from 'vitest';
import { openLiquidIn } from './open-liquid';

describe('openLiquidIn', () => {
  it.each([
    ['plain text', 'Hello, Alex', null],
    ['a lone brace', 'a { b } c {', null],
    ['a brace at the very end', 'price: {', null],
    ['a closed output', 'Hi {{ first_name }}!', null],
    ['a closed tag', '{% assign a = 1 %}{{ a }}', null],
    ['closed blocks', '{% if a %}{% for x in y %}{{ x }}{% endfor %}{% endif %}', null],
    ['an output never closed', 'Hi {{ first_name', { kind: 'output', offset: 3 }],
    ['an output closed by a single brace', '{{ a }', { kind: 'output', offset: 0 }],
    ['an output after a closed one', '{{ a }} and {{ b', { kind: 'output', offset: 12 }],
    ['a tag never closed', 'x {% if a', { kind: 'tag', name: 'if', offset: 2 }],
    ['a trimmed tag never closed', '{%- unless a', { kind: 'tag', name: 'unless', offset: 0 }],
    ['a nameless tag never closed', '{% ', { kind: 'tag', name: '', offset: 0 }],
    ['an if without endif', 'a {% if a %}b', { kind: 'blocks', blocks: [{ name: 'if', offset: 2 }] }],
    [
      'nested blocks, inner closed',
      '{% if a %}{% for x in y %}{% endfor %}',
      { kind: 'blocks', blocks: [{ name: 'if', offset: 0 }] },
    ],
    [
      'nested blocks, both open',
      '{% if a %} {% case b %}',
      {
        kind: 'blocks',
        blocks: [
          { name: 'if', offset: 0 },
          { name: 'case', offset: 11 },
        ],
      },
    ],
    [
      'an end tag that closes the outer block and the inner one with it',
      '{% if a %}{% for x in y %}{% endif %}',
      null,
    ],
    ['an end tag with nothing to close', '{% endif %}', null],
    [
      'an end tag for another block',
      '{% if a %}{% endfor %}',
      { kind: 'blocks', blocks: [{ name: 'if', offset: 0 }] },
    ],
    ['a closed comment hiding Liquid', '{% comment %}{{ {% if %}{% endcomment %}', null],
    ['a trimmed end of raw', '{% raw %}{{ x{%- endraw -%} done', null],
    [
      'a comment after an open if',
      '{% if a %}{% comment %} x {% endcomment %}',
      { kind: 'blocks', blocks: [{ name: 'if', offset: 0 }] },
    ],
    [
      'a comment never closed',
      '{% if a %}{% comment %}{% endif %}',
      {
        kind: 'blocks',
        blocks: [
          { name: 'if', offset: 0 },
          { name: 'comment', offset: 10 },
        ],
      },
    ],
    [
      'a raw closed by endcomment only',
      '{% raw %}{% endcomment %}',
      { kind: 'blocks', blocks: [{ name: 'raw', offset: 0 }] },
    ],
    ['Liquid after a closed raw', '{% raw %}{{{% endraw %}{{ a', { kind: 'output', offset: 23 }],
    [
      'an else inside an open if',
      '{% if a %}{% else %}',
      { kind: 'blocks', blocks: [{ name: 'if', offset: 0 }] },
    ],
    ['a raw hiding an if', '{% raw %}{% if %}{% endraw %}', null],
    ['a comment hiding a for, then an output', '{% comment %}{% for %}{% endcomment %}{{ x }}', null],
    ['a block name that only starts like one', '{% iffy %}{% format %}', null],
    ['a tag name after a long run of spaces', `{%${' '.repeat(45)}if a %}`, null],
  ])('%s', (_name, text, expected) => {
    expect(openLiquidIn(text)).toEqual(expected);
  });
});
