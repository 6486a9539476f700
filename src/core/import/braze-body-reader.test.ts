import { describe, expect, it } from 'vitest';
import { BrazeBodyReader, findObjectStart } from './braze-body-reader';
import { importBody } from './import-body';
import { ImportContext } from './import-context';

describe('BrazeBodyReader', () => {
  it('reads an object with strings as written, Liquid values and arrays as raw text', () => {
    const body =
      '{"title": "Hi {{ name | default: "you" }}\\n", "n": {{ mins }}, "ids": [ "a", {{ id }} ], "x": 007, "y": -1.5e3}';
    expect(new BrazeBodyReader(body).value()).toEqual({
      kind: 'object',
      entries: [
        { key: 'title', value: { kind: 'string', raw: 'Hi {{ name | default: "you" }}\\n' } },
        { key: 'n', value: { kind: 'other', raw: '{{ mins }}' } },
        { key: 'ids', value: { kind: 'other', raw: '[ "a", {{ id }} ]' } },
        { key: 'x', value: { kind: 'other', raw: '007' } },
        { key: 'y', value: { kind: 'literal', raw: '-1.5e3' } },
      ],
    });
  });

  it('stops after the value, where the trailing text begins', () => {
    const reader = new BrazeBodyReader('xx {"a": true } tail', 3);
    expect(reader.value()).toEqual({
      kind: 'object',
      entries: [{ key: 'a', value: { kind: 'literal', raw: 'true' } }],
    });
    expect(reader.pos).toBe(15);
  });

  it('finds the object after Liquid that contains braces', () => {
    expect(findObjectStart('{% assign a = "{" %} {"b": 1}')).toBe(21);
  });
});

describe('importBody: why a body cannot be read, as the import report says it', () => {
  it.each([
    ['{"title": "x', 'a quoted string is never closed'],
    ['{"title": "{{ oops"}', 'Liquid {{ is never closed'],
    ['{"title": {% if x }', 'Liquid {% is never closed'],
    ['{"title": , "b": 1}', 'a value is missing at character 11'],
    ['{"title": "x" "end": 1}', `expected ',' or '}' after "title"`],
    ['{"title" "x"}', `expected ':' after "title"`],
    ['{ title: "x"}', 'expected a "key" at character 3'],
  ])('%j', (body, why) => {
    const ctx = new ImportContext();
    importBody(body, ctx);
    expect(ctx.unmapped).toEqual([
      {
        part: 'body',
        text: body,
        reason: `The body is not JSON the composer can read (${why}); the event fields keep their defaults.`,
        why: { code: 'body-unreadable', params: { detail: why } },
      },
    ]);
  });
});
