import { describe, expect, it } from 'vitest';
import { lineOfPath, prettyJsonLines } from './json-lines';

const text = (value: unknown) =>
  prettyJsonLines(value)
    .map((line) => line.tokens.map((t) => t.text).join(''))
    .join('\n');

describe('prettyJsonLines', () => {
  it.each([
    [
      'an event body',
      { event: { title: 'Sale "50%"', notifyBefore: 15, allDayEvent: false }, subscriptionIds: ['a', 'b'] },
    ],
    ['empty containers', { a: {}, b: [], c: null }],
    ['a scalar root', 'just text'],
    ['nested arrays', [[1, [2]], { x: [] }]],
  ])('prints %s exactly like JSON.stringify(value, null, 2)', (_name, value) => {
    expect(text(value)).toBe(JSON.stringify(value, null, 2));
  });

  it('tags lines with the path of their value and colours keys and values', () => {
    const lines = prettyJsonLines({ event: { title: 'T' }, subscriptionIds: ['a', 'b'] });
    expect(lines.map((l) => l.path)).toEqual([
      '',
      'event',
      'event.title',
      'event',
      'subscriptionIds',
      'subscriptionIds[0]',
      'subscriptionIds[1]',
      'subscriptionIds',
      '',
    ]);
    expect(lines[2]?.tokens.filter((t) => t.kind !== 'space')).toEqual([
      { kind: 'key', text: '"title"' },
      { kind: 'punct', text: ': ' },
      { kind: 'string', text: '"T"' },
    ]);
  });
});

describe('lineOfPath', () => {
  const lines = prettyJsonLines({ event: { title: 'T' }, subscriptionIds: ['a'] });
  it.each([
    ['event.title', 2],
    ['subscriptionIds[0]', 5],
    ['event.start', 1],
    ['subscriptionIds[3]', 4],
    ['nowhere', 0],
  ])('finds %s on line index %i (or its nearest ancestor)', (path, index) => {
    expect(lineOfPath(lines, path)).toBe(index);
  });
});
