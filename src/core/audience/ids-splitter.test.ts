import { describe, expect, it } from 'vitest';
import { idsResponseSplitter } from './ids-splitter';

/** Feeds `text` in pieces of `chunk` characters; lists the records (`line: text`) and malformed places. */
function split(text: string, chunk = text.length, file?: string): string[] {
  const out: string[] = [];
  const splitter = idsResponseSplitter(
    (r) => out.push(`${r.file ? `${r.file}@` : ''}${r.line}: ${r.text}`),
    (m) => out.push(`${m.file ? `${m.file}@` : ''}${m.line} malformed: ${m.message}`),
    file,
  );
  for (let i = 0; i < text.length; i += chunk) splitter.push(text.slice(i, i + chunk));
  splitter.end();
  return out;
}

describe('idsResponseSplitter', () => {
  it.each([
    [
      'each user object with the line it starts on',
      '{\n  "users": [\n    {"external_id": "u1"},\n    {"external_id": "u2",\n     "first_name": "Sam"}\n  ],\n  "message": "success"\n}',
      ['3: {"external_id": "u1"}', '4: {"external_id": "u2",\n     "first_name": "Sam"}'],
    ],
    [
      'braces, brackets and escaped quotes inside strings, nested objects and lists',
      '{"users": [{"external_id": "u1", "note": "a } ] \\" {", "tags": ["x]"], "c": {"d": {"e": 1}}}]}',
      ['1: {"external_id": "u1", "note": "a } ] \\" {", "tags": ["x]"], "c": {"d": {"e": 1}}}'],
    ],
    [
      'lists under other top-level keys are not users',
      '{"invalid_user_ids": [{"external_id": "no"}], "users": [{"external_id": "u1"}], "more": [{"a": 1}]}',
      ['1: {"external_id": "u1"}'],
    ],
    [
      'a "users" key inside a user is just an attribute',
      '{"users": [{"external_id": "u1", "x": {"users": [{"y": 1}]}}]}',
      ['1: {"external_id": "u1", "x": {"users": [{"y": 1}]}}'],
    ],
    [
      'a key that only looks like users',
      '{"users_old": [{"external_id": "old"}], "Users": [{"external_id": "up"}], "users": []}',
      [],
    ],
    [
      'a value "users" is not the key of the list after it',
      '{"message": "users", "data": [{"external_id": "no"}], "users": [{"external_id": "u1"}]}',
      ['1: {"external_id": "u1"}'],
    ],
    [
      'a list in place of a user is malformed, at its line',
      '{"users": [\n["u1"],\n{"external_id": "u2"}\n]}',
      ['2 malformed: is a list, not a user object.', '3: {"external_id": "u2"}'],
    ],
    [
      'several responses one after another',
      '{"users": [{"external_id": "a"}]}\n{"users": [{"external_id": "b"}]}',
      ['1: {"external_id": "a"}', '2: {"external_id": "b"}'],
    ],
    ['no users list at all', '{"message": "success"}', ['1 malformed: has no "users" list.']],
    [
      'a file that ends inside a user',
      '{"users": [{"external_id": "u1"},\n{"external_id": "u2", "a": "b',
      ['1: {"external_id": "u1"}', '2 malformed: is cut off: the file ends inside it.'],
    ],
  ])('reads %s, fed whole or character by character', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
    expect(split(text, 1)).toEqual(expected);
    expect(split(text, 5)).toEqual(expected);
  });

  it('names the file of a zip archive', () => {
    expect(split('{"users": [{"a": 1}, [2]]}', 100, 'users-0.txt')).toEqual([
      'users-0.txt@1: {"a": 1}',
      'users-0.txt@1 malformed: is a list, not a user object.',
    ]);
    expect(split('{}', 100, 'b.txt')).toEqual(['b.txt@1 malformed: has no "users" list.']);
  });
});
