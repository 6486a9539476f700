import { describe, expect, it } from 'vitest';
import { parserError } from './parser-errors';

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
