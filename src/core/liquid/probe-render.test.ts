import { Context } from 'liquidjs';
import { describe, expect, it } from 'vitest';
import { engine } from './engine';
import { probeRender } from './probe-render';

/** Probes `source` rendered with `scope` as its variables. */
const probe = (source: string, scope: Record<string, unknown> = {}) =>
  probeRender(engine, engine.parse(source), new Context(scope, engine.options));

/** `leaf` inside `depth` nested lists (`depth` 0: the leaf itself). */
const nestedLists = (depth: number, leaf: unknown): unknown =>
  depth === 0 ? leaf : [nestedLists(depth - 1, leaf)];
/** `leaf` inside `depth` nested objects. */
const nestedObjects = (depth: number, leaf: unknown): unknown =>
  depth === 0 ? leaf : { inner: nestedObjects(depth - 1, leaf) };

describe('probeRender records what each top-level node did', () => {
  it('its printed text, the names it read and the output of the whole', () => {
    const { records, output } = probe('Hi {{ name | upcase }}!{% if vip %} VIP{% endif %}', { name: 'Sam' });
    expect(records.map((r) => [r.output, r.reads])).toEqual([
      ['Hi ', []],
      ['SAM', ['name']],
      ['!', []],
      ['', ['vip']],
    ]);
    expect(output).toBe('Hi SAM!');
  });

  it('the variables a node sets, new or changed, but not one set again to the same value', () => {
    const { records } = probe(
      '{% assign a = 1 %}{% assign a = 2 %}{% assign a = 2 %}{% capture c %}x{% endcapture %}',
    );
    expect(records.map((r) => r.writes)).toEqual([[['a', 1]], [['a', 2]], [], [['c', 'x']]]);
  });

  it('the memory each node charged, not what the render had charged before it', () => {
    const split = "{% assign p = 'a,b,c,d' | split: ',' %}";
    const [alone] = probe(split).records;
    expect(alone!.memory).toBeGreaterThan(0);
    expect(probe(`{% assign a = 'x' %}${split}${split}`).records.map((r) => r.memory)).toEqual([
      0,
      alone!.memory,
      alone!.memory,
    ]);
  });

  it('the nodes that finished and no output when one throws', () => {
    const result = probe('a{{ b }}{{ "2024-01-01" | time_zone: "Nowhere/City" }}c', { b: 'B' });
    expect(result.records.map((r) => r.output)).toEqual(['a', 'B']);
    expect(result).not.toHaveProperty('output');
  });
});

describe('probeRender replays only plain-data values', () => {
  const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
  it.each<[string, unknown, boolean]>([
    ['text', 'x', true],
    ['a number', 4.5, true],
    ['a boolean', false, true],
    ['null', null, true],
    ['nothing (an unknown variable)', undefined, true],
    ['a plain object', { a: 1, b: ['x', { c: true }] }, true],
    ['an object without a prototype', nullProto, true],
    ['a list of plain values', [1, 'a', null], true],
    ['a date', new Date(0), false],
    ['a list holding a date', ['a', new Date(0)], false],
    ['an object holding a date', { a: 1, when: new Date(0) }, false],
    ['a map', new Map([['a', 1]]), false],
    ['lists nested 9 deep', nestedLists(9, 'x'), true],
    ['lists nested 10 deep', nestedLists(10, 'x'), false],
    ['objects nested 9 deep', nestedObjects(9, 'x'), true],
    ['objects nested 10 deep', nestedObjects(10, 'x'), false],
  ])('%s: replayable %s', (_, value, replayable) => {
    const { records } = probe('{% assign v = value %}', { value });
    expect(records).toHaveLength(1);
    expect(records[0]!.writes).toEqual([['v', value]]);
    expect(records[0]!.replayable).toBe(replayable);
  });
});
