import { describe, expect, it } from 'vitest';
import { excerptAt, offsetOfPosition, positionOfOffset } from './text-position';

describe('positionOfOffset', () => {
  it.each([
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['ab\ncd', 2, 1, 3],
    ['ab\ncd', 3, 2, 1],
    ['ab\ncd', 5, 2, 3],
    ['ab\ncd', 99, 2, 3],
    ['\n\n\nx', 3, 4, 1],
  ])('in %j offset %i is line %i column %i', (text, offset, line, column) => {
    expect(positionOfOffset(text, offset)).toEqual({ line, column });
  });

  it('answers for each text it is given, one after another', () => {
    expect(positionOfOffset('a\nb\nc', 4)).toEqual({ line: 3, column: 1 });
    expect(positionOfOffset('abcd', 4)).toEqual({ line: 1, column: 5 });
    expect(positionOfOffset('a\nb\nc', 2)).toEqual({ line: 2, column: 1 });
  });
});

describe('offsetOfPosition', () => {
  it.each([
    ['ab\ncd', 1, 1, 0],
    ['ab\ncd', 2, 2, 4],
    ['ab\ncd', 2, 9, 5],
    ['ab\ncd', 3, 1, 5],
    ['ab\ncd', 5, 1, 5],
  ])('in %j line %i column %i is offset %i (clamped to the text)', (text, line, column, offset) => {
    expect(offsetOfPosition(text, line, column)).toBe(offset);
  });
});

describe('excerptAt', () => {
  it('shows the line with a caret under the offset', () => {
    expect(excerptAt('first\n  {"a": 1,}\nlast', 16)).toBe('  {"a": 1,}\n          ^');
  });

  it('shortens a long line around the caret', () => {
    const line = `${'x'.repeat(200)}!${'y'.repeat(200)}`;
    const [text, caret] = excerptAt(line, 200).split('\n');
    expect(text).toBe(`…${'x'.repeat(60)}!${'y'.repeat(59)}…`);
    expect(caret).toBe(`${' '.repeat(61)}^`);
  });
});

describe('excerptAt shortens only lines longer than 120 characters', () => {
  it.each([
    ['100 characters, caret near the end', 'a'.repeat(100), 90, `${'a'.repeat(100)}\n${' '.repeat(90)}^`],
    ['exactly 120, caret near the end', 'b'.repeat(120), 100, `${'b'.repeat(120)}\n${' '.repeat(100)}^`],
    ['121, caret near the end', 'c'.repeat(121), 100, `…${'c'.repeat(81)}\n${' '.repeat(61)}^`],
    ['121, caret at the start', 'd'.repeat(121), 0, `${'d'.repeat(60)}…\n^`],
  ])('%s', (_, text, offset, excerpt) => {
    expect(excerptAt(text, offset)).toBe(excerpt);
  });
});

describe('excerptAt on line ends', () => {
  it.each([
    ['a\r\nbc', 3, 'bc\n^'],
    ['ab\r\ncd', 1, 'ab\n ^'],
    ['ab\r', 2, 'ab\n  ^'],
    ['a\tb\nc', 2, 'a b\n  ^'],
    ['x\n', 2, '\n^'],
  ])('in %j at %i shows %j', (text, offset, excerpt) => {
    expect(excerptAt(text, offset)).toBe(excerpt);
  });
});
