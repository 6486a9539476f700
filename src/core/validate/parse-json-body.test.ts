import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax-error';
import { offsetFromJsonErrorMessage, parseJsonBody } from './parse-json-body';

const failure = (text: string) => {
  const result = parseJsonBody(text);
  if (result.ok) throw new Error('expected invalid JSON');
  return result.issue;
};

/** The guide's old English update body: the outer `{` is never closed. */
const OLD_ENGLISH_UPDATE = [
  '{',
  '  "event": {',
  '    "eventId": "Event_0001_u1",',
  '    "title": "Event Title",',
  '    "start": "2019-02-21T15:00:00",',
  '    "end": "2019-02-21T15:00:00",',
  '    "timezone": "Eastern Standard Time",',
  '    "notifyBefore": "15"',
  '  }',
  '',
].join('\n');

describe('parseJsonBody', () => {
  it('returns the parsed value for valid JSON', () => {
    expect(parseJsonBody('{"a": [1, true, null]}')).toEqual({ ok: true, value: { a: [1, true, null] } });
  });

  it('points at the exact line and column of a quote inside a title', () => {
    const issue = failure('{\n  "event": {\n    "title": "Say "hi" now"\n  }\n}');
    expect(issue).toMatchObject({
      code: 'json.invalid',
      path: 'body',
      severity: 'error',
      line: 3,
      column: 20,
    });
    expect(issue.message).toContain('a quote (") inside the text of "title" ended the text early');
    expect(issue.message).toContain('json_escape');
    expect(issue.excerpt).toBe('    "title": "Say "hi" now"\n                   ^');
  });

  it('explains the old English update body that never closes its outer {', () => {
    const issue = failure(OLD_ENGLISH_UPDATE);
    expect(issue).toMatchObject({ line: 9, column: 4 });
    expect(issue.message).toContain('the { on line 1 is never closed');
    expect(issue.message).toContain('add } at the end');
  });

  it.each([
    ['empty body', '   ', 'the body is empty', 1, 1],
    ['raw newline in a string', '{"description": "line one\nline two"}', 'contains a line break', 1, 26],
    ['trailing comma in an object', '{\n  "a": 1,\n}', 'remove the comma before }', 3, 1],
    ['trailing comma in a list', '{"ids": ["a",]}', 'remove the comma before ]', 1, 14],
    ['curly quotes as JSON quotes', '{“title”: “x”}', 'curly quotes', 1, 2],
    ['single quotes', "{'title': 'x'}", 'single quotes', 1, 2],
    ['missing comma between lines', '{\n  "a": "x"\n  "b": "y"\n}', 'a comma is missing before line 3', 3, 3],
    ['empty value from Liquid', '{"notifyBefore": }', 'the value of "notifyBefore" is empty', 1, 18],
    ['one } too many', '{"a": 1}}', 'extra text after the final }', 1, 9],
    ['unquoted field name', '{title: "x"}', 'field names need double quotes: write "title"', 1, 2],
    ['non-breaking space', '{"a":\u00a01}', 'non-breaking space', 1, 6],
    ['unterminated string', '{"a": "abc', 'a closing quote (") is missing', 1, 11],
    ['bad backslash', '{"a": "C:\\Users"}', 'backslash', 1, 11],
  ])('%s', (_name, text, hint, line, column) => {
    const issue = failure(text);
    expect(issue.message).toContain(hint);
    expect({ line: issue.line, column: issue.column }).toEqual({ line, column });
  });
});

describe('offsetFromJsonErrorMessage', () => {
  const text = '{\n  "a": 1\n  "b": 2\n}';
  it.each([
    ["Node 20: Expected ',' or '}' after property value in JSON at position 13", 13],
    ["Node 22: Expected ',' or '}' after property value in JSON at position 13 (line 3 column 3)", 13],
    [
      "Firefox: JSON.parse: expected ',' or '}' after property value in object at line 3 column 3 of the JSON data",
      13,
    ],
    ['Unexpected end of JSON input', text.length],
    ['Safari: JSON Parse error: Unexpected identifier "b"', null],
  ])('%s', (message, offset) => {
    expect(offsetFromJsonErrorMessage(message, text)).toBe(offset);
  });
});

describe('findJsonSyntaxError agrees with JSON.parse', () => {
  const jsonish = fc.stringMatching(/^[{}[\]",: \n0-9a-z\\.\-eE]{0,24}$/);
  const mutated = fc
    .tuple(fc.json(), fc.nat(), fc.constantFrom('', '"', ',', '}', ']', '\n', ':', 'x', '{'))
    .map(
      ([json, at, insert]) =>
        json.slice(0, at % (json.length + 1)) + insert + json.slice(at % (json.length + 1)),
    );

  it('finds an error exactly when JSON.parse throws, at the position V8 reports', () => {
    fc.assert(
      fc.property(fc.oneof(jsonish, mutated, fc.json()), (text) => {
        let v8: number | null | 'ok' = 'ok';
        try {
          JSON.parse(text);
        } catch (e) {
          v8 = offsetFromJsonErrorMessage((e as Error).message, text);
        }
        const scan = findJsonSyntaxError(text);
        if (v8 === 'ok') return scan === null;
        return scan !== null && (v8 === null || v8 === scan.offset);
      }),
      { numRuns: 3000, seed: 20260308 },
    );
  });
});
