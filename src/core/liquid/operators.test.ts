import { describe, expect, it } from 'vitest';
import { renderBraze } from './render-braze';
import { NO_ROKT_USER } from '../../testing/liquid-fixtures';

const VARIABLES = { list: [1, 2], strs: ['2'], floats: [1.5, 1.0], h: { a: 1 }, list0: [] };
const holds = async (condition: string) =>
  renderBraze(`{% if ${condition} %}y{% else %}n{% endif %}`, NO_ROKT_USER, { variables: VARIABLES });

describe('comparison operators as Ruby Liquid 5 evaluates them', () => {
  it.each<[string, 'y' | 'n']>([
    ['1 > 1', 'n'],
    ['1 >= 1', 'y'],
    ['1 < 1', 'n'],
    ['1 <= 1', 'y'],
    ['2 > 1', 'y'],
    ['1 > 2', 'n'],
    ['1 > 0.5', 'y'],
    ['1 == 1.0', 'y'],
    ['"b" > "a"', 'y'],
    ['"a" > "a"', 'n'],
    ['"a" >= "a"', 'y'],
    ['"a" < "b"', 'y'],
    ['"b" <= "a"', 'n'],
    ['"abc" contains "b"', 'y'],
    ['"a1" contains 1', 'y'],
    ['"abc" contains nothing', 'n'],
    ['nothing contains "a"', 'n'],
    ['list contains 2', 'y'],
    ['list contains 3', 'n'],
    ['list contains "1"', 'n'],
    ['floats contains 1.5', 'y'],
    ['floats contains 2', 'n'],
    ['list contains false', 'n'],
    ['strs contains 2', 'n'],
    ['floats contains 1', 'y'],
    ['h contains "a"', 'y'],
    ['h contains "z"', 'n'],
    ['"" == blank', 'y'],
    ['blank == ""', 'y'],
    ['empty == list0', 'y'],
  ])('%s is %s', async (condition, output) => {
    expect(await holds(condition)).toEqual({ ok: true, output });
  });

  it.each([
    [
      '"2" > 1',
      'Cannot compare "2" with 1 with >: compare numbers with numbers and text with text.',
      '"2"',
      '1',
      '>',
    ],
    [
      '1 < "2"',
      'Cannot compare 1 with "2" with <: compare numbers with numbers and text with text.',
      '1',
      '"2"',
      '<',
    ],
  ])('%s is an error', async (condition, message, a, b, operator) => {
    expect(await holds(condition)).toMatchObject({
      ok: false,
      problem: { code: 'liquid.render', message, params: { v: 'compare', a, b, operator } },
    });
  });
});
