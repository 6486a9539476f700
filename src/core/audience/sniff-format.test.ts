import { describe, expect, it } from 'vitest';
import { NotAnExportError } from './not-an-export';
import { sniffFormat } from './sniff-format';

describe('sniffFormat', () => {
  it.each([
    ['JSON lines', '{"external_id":"u1"}\n{"external_id":"u2"}', 'jsonl'],
    ['JSON lines after a byte-order mark and blank lines', '\uFEFF\n\n  {"external_id":"u1"}\n', 'jsonl'],
    ['a damaged first JSON line', '{"external_id":"u1\n{"external_id":"u2"}', 'jsonl'],
    ['a JSON line whose users is not a list', '{"users": "none", "external_id": "u1"}', 'ids'],
    ['an ids response', '{\n  "users": [\n', 'ids'],
    ['an ids response starting with its message', '{"message": "success", "users": []}', 'ids'],
    ['an ids response on one line, users not first', '{"x": 1, "users": [{"external_id": "u1"}]}', 'ids'],
    ['a one-line object whose users is a list of text', '{"x": 1, "users": ["u1"]}', 'ids'],
    [
      'a JSON line whose users field, not first, is no list',
      '{"external_id": "u1", "users": "none"}',
      'jsonl',
    ],
    ['CSV', 'external_id,first_name\nu1,Zoë', 'csv'],
    ['CSV with quoted headers', '"first_name","external_id"\n"Zoë","u1"', 'csv'],
    ['CSV separated by semicolons', 'first_name;braze_id\nZoë;b1', 'csv'],
    ['CSV separated by tabs, spaces around names', 'first_name\t appboy_id \nZoë\ta1', 'csv'],
    ['CSV whose first line ends with a carriage return', 'name,external_id\r\nZoë,u1', 'csv'],
  ])('reads %s', (_name, head, format) => {
    expect(sniffFormat(head)).toBe(format);
  });

  it.each([
    ['an empty file', '', 'The file is empty: it has no users.'],
    ['white space and a byte-order mark', '\uFEFF \n\t\n', 'The file is empty: it has no users.'],
    [
      'a JSON list',
      '[{"external_id": "u1"}]',
      'This file is a JSON list, not a user export: a Braze user export is JSON lines',
    ],
    [
      'a binary file',
      'PK\u0000\u0001',
      'This file is binary, not a user export: a Braze user export is JSON lines',
    ],
    [
      'a CSV without an id column',
      'name,email\nexternal_id,x',
      'This file is not a Braze user export: a Braze user export is JSON lines',
    ],
    [
      'an id column only in a quoted cell’s middle',
      'name,"my external_id"',
      'This file is not a Braze user export',
    ],
  ])('says what %s is', (_name, head, sentence) => {
    expect(() => sniffFormat(head)).toThrow(NotAnExportError);
    expect(() => sniffFormat(head)).toThrow(sentence);
  });
});
