import { describe, expect, it } from 'vitest';
import { parserError } from './parser-errors';
import { renderBraze } from './render-braze';
import { GUIDE_USER } from '../../testing/liquid-fixtures';

describe('parserError', () => {
  it.each([
    [
      'illegal tag: {% for x in %}',
      { v: 'illegal-tag', name: 'for' },
      'The {% for %} tag is not written the way Liquid expects: check what follows its name (a for loop reads {% for item in list %}).',
    ],
    [
      'invalid value expression: ""',
      { v: 'value-missing' },
      'A value is missing here: an empty condition, or nothing after "=".',
    ],
    [
      'invalid value expression: "| upcase"',
      { v: 'value', expression: '| upcase' },
      'Liquid cannot read "| upcase" as a value: check the quotes, names and operators there.',
    ],
    [
      'unexpected character "\\"c\\""',
      { v: 'character', text: '"c"' },
      'Liquid did not expect "c" here: separate a filter\'s arguments with commas and put each filter after a |.',
    ],
    ['[ not closed', { v: 'bracket', bracket: '[' }, 'A "[" is opened here but not closed.'],
  ])('%s', (raw, params, message) => {
    expect(parserError(raw)).toEqual({ params, message });
  });

  it('leaves a message it does not know to the caller', () => {
    expect(parserError('something new from liquidjs')).toBeNull();
  });
});

describe('parserError: every kind liquidjs reports', () => {
  it.each([
    [
      'illegal tag syntax, line:1, col:1',
      { v: 'tag-name' },
      'A tag has no name: write the tag name right after {%.',
    ],
    ['illegal liquid tag syntax', { v: 'tag-name' }, 'A tag has no name: write the tag name right after {%.'],
    ['expected filter name', { v: 'filter-name' }, 'A filter name is missing after |.'],
    [
      'unexpected elsif after else',
      { v: 'elsif-after-else' },
      'elsif cannot come after else in the same if block: move it before else.',
    ],
    ['duplicated else', { v: 'else-twice' }, 'This block has two else tags: keep one.'],
    ['( not closed', { v: 'bracket', bracket: '(' }, 'A "(" is opened here but not closed.'],
    [
      'unexpected token "]", value expected',
      { v: 'value-expected', token: ']' },
      'A value is missing before "]".',
    ],
    // A quoted text that is not a JSON string is shown as liquidjs wrote it.
    [
      'unexpected character "\\"',
      { v: 'character', text: '\\' },
      "Liquid did not expect \\ here: separate a filter's arguments with commas and put each filter after a |.",
    ],
    [
      'invalid value expression: "a\nb"',
      { v: 'value', expression: 'a\nb' },
      'Liquid cannot read "a\nb" as a value: check the quotes, names and operators there.',
    ],
  ])('%s', (raw, params, message) => {
    expect(parserError(raw)).toEqual({ params, message });
  });

  it.each(['expected variable name x', 'xexpected "="', 'illegal tag: {% %}', 'duplicated else here'])(
    'does not read %j as a known kind',
    (raw) => {
      expect(parserError(raw)).toBeNull();
    },
  );
});

describe('the parser problems a marketer reads, at the place they typed', () => {
  it.each([
    ['{% %}', 'A tag has no name: write the tag name right after {%.', { v: 'tag-name' }, 4],
    [
      '{% assign = 1 %}',
      'A variable name is missing or not valid here: use letters, digits and _ (after assign, say).',
      { v: 'variable-name' },
      11,
    ],
    [
      '{% assign a 1 %}',
      'assign needs "=" between the variable name and its value, like {% assign name = value %}.',
      { v: 'equals' },
      13,
    ],
    [
      '{% assign a = %}',
      'A value is missing here: an empty condition, or nothing after "=".',
      { v: 'value-missing' },
      14,
    ],
    [
      '{{ a | append "x" }}',
      'A filter\'s arguments need ":" after its name, like | append: "x".',
      { v: 'filter-colon' },
      15,
    ],
    [
      '{% capture %}x{% endcapture %}',
      'capture needs the name of the variable it fills, like {% capture greeting %}.',
      { v: 'capture-name' },
      11,
    ],
    ['{% cycle %}', 'cycle needs at least one value to go through.', { v: 'cycle' }, 9],
    [
      '{% for i in (1..) %}{% endfor %}',
      'A value is missing before ")".',
      { v: 'value-expected', token: ')' },
      17,
    ],
    ['{% for i in (1..3 %}{% endfor %}', 'A range must look like (1..5).', { v: 'range' }, 19],
    [
      '{% if (a %}x{% endif %}',
      'The parentheses here do not pair up: close each one you open.',
      { v: 'parentheses' },
      10,
    ],
    ['{{ a[1 }}', 'A "[" is opened here but not closed.', { v: 'bracket', bracket: '[' }, 7],
    [
      '{% if a = 1 %}x{% endif %}',
      'Something here is neither a value nor a filter: a filter needs a | before its name, and a comparison uses == (a single = only assigns).',
      { v: 'pipe' },
      10,
    ],
  ])('%s', async (source, message, params, column) => {
    expect(await renderBraze(source, GUIDE_USER)).toMatchObject({
      ok: false,
      problem: { message, params, line: 1, column },
    });
  });
});
