import { describe, expect, it } from 'vitest';
import { positionOf } from './positions';

// 300 characters, each telling its place: "A" to "Z" over and over, so a window shows where it was cut.
const LONG = Array.from({ length: 300 }, (_, i) => String.fromCharCode(65 + (i % 26))).join('');

describe('positionOf: line, column and the line shown', () => {
  it.each([
    ['the first character', 'ab\ncd', 0, 1, 1, 'ab'],
    ['the line break ends its own line', 'ab\ncd', 2, 1, 3, 'ab'],
    ['just after a line break', 'ab\ncd', 3, 2, 1, 'cd'],
    ['the end of the text', 'ab\ncd', 5, 2, 3, 'cd'],
    ['an offset before the text', 'ab\ncd', -4, 1, 1, 'ab'],
    ['an offset past the text', 'ab\ncd', 99, 2, 3, 'cd'],
    ['a Windows line, without its \\r', 'ab\r\ncd\r\nef', 4, 2, 1, 'cd'],
    ['an empty line', 'a\n\nb', 2, 2, 1, ''],
    ['the third line', 'a\nb\nc', 4, 3, 1, 'c'],
  ])('%s', (_, text, offset, line, column, excerpt) => {
    expect(positionOf(text, offset)).toEqual({ line, column, excerpt });
  });

  it.each([
    ['a line of 100 characters is shown whole', LONG.slice(0, 100), 60, LONG.slice(0, 100)],
    ['near the start: the first 100, cut after', LONG, 10, `${LONG.slice(0, 100)}…`],
    ['at column 51: still the first 100', LONG, 50, `${LONG.slice(0, 100)}…`],
    ['at column 52: one character in, cut both sides', LONG, 51, `…${LONG.slice(1, 101)}…`],
    ['in the middle: 50 characters either side', LONG, 149, `…${LONG.slice(99, 199)}…`],
    ['near the end: the last 100, cut before', LONG, 290, `…${LONG.slice(200)}`],
    ['a line of 101 characters, at its end', LONG.slice(0, 101), 101, `…${LONG.slice(1, 101)}`],
    ['a line of 101 characters, at its start', LONG.slice(0, 101), 0, `${LONG.slice(0, 100)}…`],
  ])('%s', (_, line, offset, excerpt) => {
    const text = `first line\n${line}\nlast line`;
    expect(positionOf(text, 11 + offset)).toEqual({ line: 2, column: offset + 1, excerpt });
  });
});
