import { describe, expect, it } from 'vitest';
import { type BodyLex, lexBody } from './body-strings';

/** A masked body, its strings (offsets, and the key a value belongs to) and its curly quotes. */
const CASES: [string, BodyLex][] = [
  [
    '{"title": "Hi", "list": ["a", "b"]}',
    {
      strings: [
        { start: 1, end: 8, key: null },
        { start: 10, end: 14, key: 'title' },
        { start: 16, end: 22, key: null },
        { start: 25, end: 28, key: 'list' },
        { start: 30, end: 33, key: 'list' },
      ],
      curlyQuotes: [],
    },
  ],
  [
    '{"a" : "x\\"y", "b":\n"z"}',
    {
      strings: [
        { start: 1, end: 4, key: null },
        { start: 7, end: 13, key: 'a' },
        { start: 15, end: 18, key: null },
        { start: 20, end: 23, key: 'b' },
      ],
      curlyQuotes: [],
    },
  ],
  [
    '{"t": "broken\n"next": "v"}',
    {
      strings: [
        { start: 1, end: 4, key: null },
        { start: 6, end: 14, key: 't' },
        { start: 14, end: 20, key: null },
        { start: 22, end: 25, key: 'next' },
      ],
      curlyQuotes: [],
    },
  ],
  [
    '{"q": \u201cHi\u201d, "r": \u201eLo\u201d}',
    {
      strings: [
        { start: 1, end: 4, key: null },
        { start: 12, end: 15, key: null },
      ],
      curlyQuotes: [6, 9, 17, 20],
    },
  ],
  ['"lone', { strings: [{ start: 0, end: 5, key: null }], curlyQuotes: [] }],
  [
    '{"k":"v\\\\"}',
    {
      strings: [
        { start: 1, end: 4, key: null },
        { start: 5, end: 10, key: 'k' },
      ],
      curlyQuotes: [],
    },
  ],
  [
    '["a", {"k": "v"}, "b"]',
    {
      strings: [
        { start: 1, end: 4, key: null },
        { start: 7, end: 10, key: null },
        { start: 12, end: 15, key: 'k' },
        { start: 18, end: 21, key: 'k' },
      ],
      curlyQuotes: [],
    },
  ],
  [
    '{"key"                      : "far"}',
    {
      strings: [
        { start: 1, end: 6, key: null },
        { start: 30, end: 35, key: null },
      ],
      curlyQuotes: [],
    },
  ],
];

describe('lexBody', () => {
  it.each(CASES)('%j', (body, lex) => {
    expect(lexBody(body)).toStrictEqual(lex);
  });
});
