import { describe, expect, it } from 'vitest';
import { renderBraze } from '../render-braze';
import { NO_ROKT_USER } from '../../../testing/liquid-fixtures';

const render = (source: string, variables: Record<string, unknown>) =>
  renderBraze(source, NO_ROKT_USER, { now: new Date('2024-03-10T12:00:00Z'), variables });

const KEYED = [
  { n: 'a', k: [2, 1] },
  { n: 'b', k: [2] },
  { n: 'c', k: [1, 5] },
];

describe('array filters print what Ruby Liquid 5 prints', () => {
  it.each<[string, Record<string, unknown>, string]>([
    // Lists compare item by item, then the shorter first.
    ['{{ list | sort: "k" | map: "n" | join: "," }}', { list: KEYED }, 'c,b,a'],
    [
      '{{ list | sort: "k" | map: "n" | join: "," }}',
      {
        list: [
          { n: 'p', k: [1, 10] },
          { n: 'q', k: [1, 2] },
        ],
      },
      'q,p',
    ],
    ['{{ list | sort | join: "," }}', { list: ['b', 'B', 'a', 'ab'] }, 'B,a,ab,b'],
    ['{{ list | sort | join: "," }}', { list: [2, 1.5, 10, -3] }, '-3,1.5,2,10'],
    ['{{ list | sort_natural | join: "," }}', { list: ['b', 'C', 'a', 'Ab'] }, 'a,Ab,b,C'],
    [
      '{{ list | sort: "k" | map: "n" | join: "," }}',
      { list: [{ n: 'x', k: 2 }, { n: 'y' }, { n: 'z', k: 1 }] },
      'z,x,y',
    ],
    ['{{ list | sum: "v" }}', { list: [{ v: 1 }, { v: '2.5' }, { v: null }] }, '3.5'],
    ['{{ list | sum: "v" }}', { list: [{ v: 1 }, { v: 2 }] }, '3'],
    ['{{ list | sum }}', { list: [1.5, 1.5] }, '3.0'],
    ['{{ list | sum }}', { list: [[1, 2], [3]] }, '6'],
    ['{{ list | sum }}|{{ nothing | sum }}', { list: [] }, '0|0'],
    ['{{ 5 | size }}|{{ 5.5 | size }}|{{ h | size }}|{{ nothing | size }}', { h: { a: 1, b: 2 } }, '8|0|2|0'],
    ['{{ "héllo" | size }}', {}, '5'],
    [
      '{{ list | index: 1 }}|{{ list | index: -1 }}|{{ list | index: 5 }}|{{ "abc" | index: 0 }}|',
      { list: ['x', 'y', 'z'] },
      'y|z|||',
    ],
    ['{{ list | join: "," }}', { list: [{ a: 1 }, 'x', null, 2.5] }, '{"a"=>1},x,,2.5'],
    ['{{ list | join }}', { list: ['a', ['b', 'c']] }, 'a b c'],
    [
      '{{ h | first }}|{{ h | last }}|{{ "abc" | first }}|{{ list | first }}',
      { h: { a: 1, b: 2 }, list: [] },
      'a1|||',
    ],
    ['{{ list | concat: more | join: "," }}', { list: [1, [2]], more: [3, [4]] }, '1,2,3,4'],
    ['{{ list | uniq | join: "," }}', { list: [1, '1', [1], 1] }, '1,1'],
    [
      '{{ list | where: "k", 2 | map: "n" | join: "," }}',
      {
        list: [
          { n: 'a', k: 2 },
          { n: 'b', k: '2' },
        ],
      },
      'a',
    ],
    ['{{ list | reverse | join: "," }}', { list: [1, [2, 3]] }, '3,2,1'],
  ])('%s', async (source, variables, output) => {
    expect(await render(source, variables)).toEqual({ ok: true, output });
  });

  it.each<[string, Record<string, unknown>, string, Record<string, unknown>]>([
    [
      '{{ list | sort | join: "," }}',
      { list: [1, 'a'] },
      'sort cannot order values of different types (text, numbers, lists); sort values of one type.',
      { v: 'sort-types' },
    ],
    [
      '{{ list | sort: "k" | join: "," }}',
      { list: [{ k: [1] }, { k: 5 }] },
      'sort cannot order values of different types (text, numbers, lists); sort values of one type.',
      { v: 'sort-types' },
    ],
    [
      '{{ list | sum: "v" }}',
      { list: [{ v: 1 }, 3] },
      'sum cannot read the property "v".',
      { v: 'sum-property', property: 'v' },
    ],
    [
      '{{ list | index: "x" }}',
      { list: [1] },
      'index needs a whole number, not "x".',
      { v: 'whole-number', filter: 'index', value: '"x"' },
    ],
  ])('%s stops with a sentence', async (source, variables, message, params) => {
    expect(await render(source, variables)).toMatchObject({ ok: false, problem: { message, params } });
  });
});
