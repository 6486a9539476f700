import { describe, expect, it } from 'vitest';
import { jsonLinesChunker, recordsOf } from './json-lines-splitter';
import type { LinesBatch } from './types';

/** Feeds `text` in pieces of `chunk` characters; lists each batch as `first line: its lines` (long lines by length). */
function batches(text: string, lines: number, chunk = text.length, file?: string): string[] {
  const out: string[] = [];
  const chunker = jsonLinesChunker(
    (b) =>
      out.push(
        `${b.file ? `${b.file}@` : ''}${b.line}: ${JSON.stringify(b.text.length > 100 ? b.text.split('\n').map((l) => l.length) : b.text)}`,
      ),
    lines,
    file,
  );
  for (let i = 0; i < text.length; i += chunk) chunker.push(text.slice(i, i + chunk));
  chunker.end();
  return out;
}

describe('jsonLinesChunker', () => {
  it.each([
    ['whole lines by the batch size', 'a\nb\nc\nd\ne', 2, ['1: "a\\nb\\n"', '3: "c\\nd\\n"', '5: "e"']],
    ['no empty batch after a last newline', 'a\nb\n', 2, ['1: "a\\nb\\n"']],
    ['blank lines count as lines', 'a\n\nb\n', 2, ['1: "a\\n\\n"', '3: "b\\n"']],
    ['one line a batch', 'a\nb\nc', 1, ['1: "a\\n"', '2: "b\\n"', '3: "c"']],
    ['nothing at all', '', 2, []],
  ])('cuts %s, fed whole or character by character', (_name, text, lines, expected) => {
    expect(batches(text, lines)).toEqual(expected);
    expect(batches(text, lines, 1)).toEqual(expected);
  });

  it('cuts a batch when it reaches 32,000 characters, at a line end', () => {
    const line = `${'x'.repeat(15_999)}\n`; // exactly 16,000 characters with its newline
    const text = line.repeat(3);
    const expected = ['1: [15999,15999,0]', '3: [15999,0]'];
    expect(batches(text, 500)).toEqual(expected);
    expect(batches(text, 500, 4_096)).toEqual(expected);
  });

  it('names the file of a zip archive', () => {
    expect(batches('a\nb', 5, 10, 'users-0.txt')).toEqual(['users-0.txt@1: "a\\nb"']);
  });
});

describe('recordsOf', () => {
  const batch = (text: string, line = 10, file?: string): LinesBatch =>
    file === undefined ? { kind: 'lines', line, text } : { kind: 'lines', line, file, text };

  it.each([
    ['each line with its number', batch('{"a":1}\n{"b":2}'), ['10:{"a":1}', '11:{"b":2}']],
    [
      'blank and white-space lines skipped but counted',
      batch('\n{"a":1}\n  \n{"b":2}\n'),
      ['11:{"a":1}', '13:{"b":2}'],
    ],
    [
      'a carriage return before the newline removed',
      batch('{"a":1}\r\n{"b":2}\r\n'),
      ['10:{"a":1}', '11:{"b":2}'],
    ],
    ['the file name kept', batch('{"a":1}', 3, 'u.txt'), ['u.txt@3:{"a":1}']],
  ])('%s', (_name, b, expected) => {
    expect(recordsOf(b).map((r) => `${r.file ? `${r.file}@` : ''}${r.line}:${r.text}`)).toEqual(expected);
  });
});
