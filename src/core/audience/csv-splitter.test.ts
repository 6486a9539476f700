import { describe, expect, it } from 'vitest';
import { csvSplitter } from './csv-splitter';
import { NotAnExportError } from './not-an-export';

/** Feeds `text` in pieces of `chunk` characters; each output line says what came out and after how many characters. */
function split(text: string, chunk = text.length, file?: string): string[] {
  const out: string[] = [];
  let fed = 0;
  const splitter = csvSplitter(
    (header, r) =>
      out.push(`${fed}: ${r.file ? `${r.file}@` : ''}${r.line} ${header.join(',')} = ${r.cells.join('|')}`),
    (m) => out.push(`${fed}: ${m.file ? `${m.file}@` : ''}${m.line} malformed: ${m.message}`),
    file,
  );
  for (let i = 0; i < text.length; i += chunk) {
    fed = Math.min(i + chunk, text.length);
    splitter.push(text.slice(i, i + chunk));
  }
  fed = -1; // end()
  splitter.end();
  return out;
}

describe('csvSplitter', () => {
  it.each([
    [
      'a row comes out as soon as its newline arrives',
      'external_id,name\nu1,Ann\nu2,Bo\n',
      ['24: 2 external_id,name = u1|Ann', '30: 3 external_id,name = u2|Bo'],
    ],
    [
      'the last row without a newline comes out at the end',
      'external_id\nu1\nu2',
      ['15: 2 external_id = u1', '-1: 3 external_id = u2'],
    ],
    [
      'a newline inside quotes does not end the row, and counts as a line',
      'external_id,note\nu1,"a\nb"\nu2,x\n',
      ['26: 2 external_id,note = u1|a\nb', '31: 4 external_id,note = u2|x'],
    ],
    [
      'quotes around a newline-free cell, and doubled quotes',
      'external_id,note\n"u1","say ""hi"""\nu2,"x,y"\n',
      ['35: 2 external_id,note = u1|say "hi"', '44: 3 external_id,note = u2|x,y'],
    ],
    [
      'CRLF line ends: no carriage return left in the last cell',
      'external_id,name\r\nu1,Ann\r\nu2,Bo\r\n',
      ['26: 2 external_id,name = u1|Ann', '33: 3 external_id,name = u2|Bo'],
    ],
    [
      'blank and white-space rows are skipped but counted',
      'external_id\n\nu1\n   \nu2\n',
      ['16: 3 external_id = u1', '23: 5 external_id = u2'],
    ],
    [
      'the header is trimmed and loses a byte-order mark',
      '\uFEFF external_id , name\nu1,Ann\n',
      ['28: 2 external_id,name = u1|Ann'],
    ],
    ['braze_id is an id column too', 'braze_id\nb1\n', ['12: 2 braze_id = b1']],
    [
      'a row with the wrong number of cells is malformed, with its line',
      'external_id,name\nu1\nu2,Bo,extra\nu3,Cy\n',
      [
        '20: 2 malformed: has 1 cells but the header has 2.',
        '32: 3 malformed: has 3 cells but the header has 2.',
        '38: 4 external_id,name = u3|Cy',
      ],
    ],
    [
      'a quote never closed swallows the rest of the file, reported at the end',
      'external_id,name\nu1,Ann\nu2,"Bo\nu3,Cy\n',
      ['24: 2 external_id,name = u1|Ann', '-1: 3 malformed: has a quote that is never closed.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected.map((e) => e.replace(/^\d+:/, `${text.length}:`)));
    expect(split(text, 1)).toEqual(expected);
  });

  it('names the file of a zip archive in each row and malformed row', () => {
    expect(split('external_id,n\nu1,a\nu2\n', 100, 'users-0.txt')).toEqual([
      '22: users-0.txt@2 external_id,n = u1|a',
      '22: users-0.txt@3 malformed: has 1 cells but the header has 2.',
    ]);
  });

  it.each([
    ['', 'This CSV file is empty: it has no header row.'],
    ['\n\n  \n', 'This CSV file is empty: it has no header row.'],
    [
      'name,email\nSam,s@x.com\n',
      'This CSV file is not a Braze user export: its first row has no external_id or braze_id or appboy_id column.',
    ],
  ])('refuses %j with a sentence', (text, sentence) => {
    expect(() => split(text, 1)).toThrow(NotAnExportError);
    expect(() => split(text, 1)).toThrow(sentence);
  });
});
