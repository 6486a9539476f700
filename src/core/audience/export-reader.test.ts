import { gzipSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NotAnExportError } from './not-an-export';
import { createExportReader } from './export-reader';
import { flat, readAll } from '../../testing/audience-fixtures';
import type { ExportFormat } from './types';

const JSONL = [
  '{"external_id":"u1","first_name":"Zoë","custom_attributes":{"rokt:account_code":["acme/0a1b2c3d4e5f"]}}',
  '',
  '{"external_id":"u2","first_name":"Sam"}',
  '{"external_id":"u3", "first_name": "Broken',
  '{"external_id":"u4"}',
].join('\n');

const IDS = `{
  "users": [
    {"external_id": "u1", "first_name": "Zoë", "custom_attributes": {"tags": ["a}", "b]"]}},
    {"external_id": "u2", "first_name": "Sam \\"S\\""}
  ],
  "invalid_user_ids": ["nobody"],
  "message": "success"
}`;

const CSV = [
  'external_id,first_name,rokt:account_code',
  'u1,Zoë,"[""acme/0a1b2c3d4e5f""]"',
  'u2,"Sam, ""the man""\nSmith",acme',
  'u3,only two',
  'u4,Mia,',
].join('\r\n');

const JSONL_RECORDS = [
  '1:{"external_id":"u1","first_name":"Zoë","custom_attributes":{"rokt:account_code":["acme/0a1b2c3d4e5f"]}}',
  '3:{"external_id":"u2","first_name":"Sam"}',
  '4:{"external_id":"u3", "first_name": "Broken',
  '5:{"external_id":"u4"}',
];
const IDS_RECORDS = [
  '3:{"external_id": "u1", "first_name": "Zoë", "custom_attributes": {"tags": ["a}", "b]"]}}',
  '4:{"external_id": "u2", "first_name": "Sam \\"S\\""}',
];
const CSV_RECORDS = ['2:u1|Zoë|["acme/0a1b2c3d4e5f"]', '3:u2|Sam, "the man"\nSmith|acme', '6:u4|Mia|'];

const packings = {
  plain: (text: string) => strToU8(text),
  gzipped: (text: string) => gzipSync(strToU8(text)),
  zipped: (text: string) => zipSync({ 'segment-export/users-0.txt': strToU8(text) }),
};

describe('createExportReader', () => {
  describe.each(Object.entries(packings))('%s', (packing, pack) => {
    const file = packing === 'zipped' ? 'segment-export/users-0.txt@' : '';
    it.each([
      ['jsonl', JSONL, JSONL_RECORDS, []],
      ['ids', IDS, IDS_RECORDS, []],
      ['csv', CSV, CSV_RECORDS, ['5: has 2 cells but the header has 3.']],
    ] as const)('reads %s with line numbers, in chunks of any size', (format, text, records, bad) => {
      for (const chunk of [1, 5, 64, 1 << 16]) {
        const out = readAll(pack(text), { chunk });
        expect(out.format).toBe(format);
        expect(flat(out.batches)).toEqual(records.map((r) => file + r));
        expect(out.malformed.map((m) => `${m.line}: ${m.message}`)).toEqual(bad);
      }
    });
  });

  it('reads every file of a zip archive, each with its own line numbers, skipping folders and macOS extras', () => {
    const zip = zipSync({
      'a.txt': strToU8('{"external_id":"a1"}\n{"external_id":"a2"}\n'),
      '__MACOSX/._a.txt': strToU8('\u0000\u0005junk'),
      'b.txt': strToU8('{"external_id":"b1"}\n'),
    });
    expect(flat(readAll(zip).batches)).toEqual([
      'a.txt@1:{"external_id":"a1"}',
      'a.txt@2:{"external_id":"a2"}',
      'b.txt@1:{"external_id":"b1"}',
    ]);
  });

  it('batches JSON lines by the batch size, as one string per batch with its first line number', () => {
    const text = Array.from({ length: 7 }, (_, i) => `{"external_id":"u${i}"}`).join('\n');
    const batches = readAll(strToU8(text), { batchSize: 3 }).batches;
    expect(
      batches.map((b) => (b.kind === 'lines' ? [b.line, b.text.split('\n').filter(Boolean).length] : b.kind)),
    ).toEqual([
      [1, 3],
      [4, 3],
      [7, 1],
    ]);
  });

  it('cuts a batch of long JSON lines early, so no batch string grows past about 32,000 characters', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `{"external_id":"u${i}","x":"${'y'.repeat(9_970)}"}`);
    const out = readAll(strToU8(lines.join('\n')), { batchSize: 500, chunk: 4096 });
    expect(out.batches.map((b) => (b.kind === 'lines' ? [b.line, b.text.length < 45_000] : b.kind))).toEqual([
      [1, true],
      [5, true],
      [9, true],
    ]);
    expect(flat(out.batches)).toEqual(lines.map((l, i) => `${i + 1}:${l}`));
  });

  it('batches an ids response and CSV rows by the batch size', () => {
    const ids = `{"users": [${Array.from({ length: 4 }, (_, i) => `{"external_id":"u${i}"}`).join(',')}]}`;
    const csv = `external_id\n${Array.from({ length: 4 }, (_, i) => `u${i}`).join('\n')}\n`;
    for (const text of [ids, csv]) {
      const batches = readAll(strToU8(text), { batchSize: 3 }).batches;
      expect(batches.map((b) => (b.kind === 'lines' ? -1 : b.records.length))).toEqual([3, 1]);
    }
  });

  it('honours a forced format', () => {
    expect(readAll(strToU8('{"users":[{"external_id":"x"}]}'), { format: 'ids' }).format).toBe('ids');
  });

  it.each([
    ['an empty file', '', 'The file is empty.'],
    ['a JSON list', '[{"external_id":"u1"}]', 'This file is a JSON list, not a user export'],
    ['a CSV without a user id column', 'name,email\nSam,s@x.com\n', 'This file is not a Braze user export'],
    ['plain prose', 'Dear team,\nplease find attached.', 'This file is not a Braze user export'],
    ['a binary file', '\u0000\u0001\u0002PNG\n', 'This file is binary, not a user export'],
  ])('says so in a sentence for %s', (_, text, sentence) => {
    expect(() => readAll(strToU8(text))).toThrow(NotAnExportError);
    expect(() => readAll(strToU8(text))).toThrow(sentence);
  });

  it('says when a gzipped file is damaged', () => {
    const bytes = gzipSync(strToU8(JSONL)).slice(0, 30);
    expect(() => readAll(bytes)).toThrow(/The file looks gzipped but could not be unpacked/);
  });

  it('reports an ids response cut off inside a user', () => {
    const out = readAll(strToU8('{"users": [{"external_id": "u1"}, {"external_id": "u2"'));
    expect(flat(out.batches)).toEqual(['1:{"external_id": "u1"}']);
    expect(out.malformed).toEqual([{ line: 1, message: 'is cut off: the file ends inside it.' }]);
  });
});

describe('createExportReader, batch by batch', () => {
  /** Pushes `bytes` in chunks of 256 and lists, after each push, how many batches have come out so far. */
  function batchesWhilePushing(bytes: Uint8Array, options: { format?: ExportFormat } = {}): number[] {
    let count = 0;
    const reader = createExportReader({
      ...options,
      batchSize: 1,
      onBatch: () => count++,
      onMalformed: () => {},
    });
    const seen: number[] = [];
    for (let i = 0; i < bytes.length; i += 256) {
      reader.push(bytes.subarray(i, i + 256));
      seen.push(count);
    }
    reader.end();
    seen.push(count);
    return seen;
  }

  it('starts giving batches once it has read enough to tell the format, before the end', () => {
    const text = Array.from({ length: 40 }, (_, i) => `{"external_id":"user-${i}"}`).join('\n');
    const seen = batchesWhilePushing(strToU8(text));
    expect(seen.at(-1)).toBe(40);
    expect(seen[2]).toBe(0); // 1,024 characters are needed to tell the format…
    expect(seen[3]).toBeGreaterThan(30); // …then every whole line is a batch at once
  });

  it('with a forced format, gives batches from the first chunk', () => {
    const text = Array.from({ length: 40 }, (_, i) => `{"external_id":"user-${i}"}`).join('\n');
    expect(batchesWhilePushing(strToU8(text), { format: 'jsonl' })[0]).toBeGreaterThan(5);
  });

  it('reads a forced format even when the text looks like another', () => {
    const out = readAll(strToU8('{"users":[{"external_id":"x"}]}'), { format: 'jsonl' });
    expect(out.format).toBe('jsonl');
    expect(flat(out.batches)).toEqual(['1:{"users":[{"external_id":"x"}]}']);
  });

  it('gives an ids response as JSON records and CSV rows with their header', () => {
    const ids = readAll(strToU8('{"users": [{"external_id":"u1"}]}'));
    expect(ids.batches).toEqual([{ kind: 'json', records: [{ line: 1, text: '{"external_id":"u1"}' }] }]);
    const csv = readAll(strToU8('external_id,x\nu1,a\n'));
    expect(csv.batches).toEqual([
      { kind: 'csv', header: ['external_id', 'x'], records: [{ line: 2, cells: ['u1', 'a'] }] },
    ]);
  });

  it('keeps each CSV file of a zip archive with its own header', () => {
    const zip = zipSync({
      'a.csv': strToU8('external_id,x\nu1,a\n'),
      'b.csv': strToU8('external_id,y\nu2,b\n'),
    });
    const out = readAll(zip, { batchSize: 10 });
    expect(
      out.batches.map((b) => (b.kind === 'csv' ? [b.header.join(','), b.records.length] : b.kind)),
    ).toEqual([
      ['external_id,x', 1],
      ['external_id,y', 1],
    ]);
  });

  it('skips an empty file inside a zip archive', () => {
    const zip = zipSync({ 'empty.txt': new Uint8Array(0), 'b.txt': strToU8('{"external_id":"b1"}\n') });
    expect(flat(readAll(zip).batches)).toEqual(['b.txt@1:{"external_id":"b1"}']);
  });

  it.each([
    [
      'a zip archive with nothing but macOS extras',
      zipSync({ '__MACOSX/._a.txt': strToU8('x') }),
      'The zip archive holds no export file.',
    ],
    ['a gzipped empty file', gzipSync(new Uint8Array(0)), 'The file is empty: it has no users.'],
  ])('says so for %s', (_name, bytes, sentence) => {
    expect(() => readAll(bytes)).toThrow(new NotAnExportError(sentence));
  });
});
