import { describe, expect, it } from 'vitest';
import { parseJsonBody } from './parse-json-body';

/** What the marketer reads for a body that is not JSON: where, the cause and the fix. */
const CASES: [name: string, body: string, line: number, column: number, hint: string][] = [
  ['nothing', '', 1, 1, 'the body is empty. Rokt needs a JSON object like {"event": { … }}.'],
  ['only spaces', '   ', 1, 1, 'the body is empty. Rokt needs a JSON object like {"event": { … }}.'],
  [
    'a line break inside a text',
    '{"title": "a\nb"}',
    1,
    13,
    'the text of "title" contains a line break, which JSON does not allow inside quotes (or its closing quote is missing). Escape the value with json_escape or keep it on one line.',
  ],
  [
    'a tab inside a text',
    '{"title": "a\tb"}',
    1,
    13,
    'the text of "title" contains a tab, which JSON does not allow inside quotes (or its closing quote is missing). Escape the value with json_escape or keep it on one line.',
  ],
  [
    'a control character inside a text',
    '{"title": "a\u0001b"}',
    1,
    13,
    'the text of "title" contains an invisible control character, which JSON does not allow inside quotes (or its closing quote is missing). Escape the value with json_escape or keep it on one line.',
  ],
  [
    'an unknown escape',
    '{"title": "a\\qb"}',
    1,
    14,
    'the text of "title" contains a backslash (\\) JSON does not understand. Write \\\\ for a backslash, or escape the value with json_escape.',
  ],
  [
    'a text never closed',
    '{"title": "abc',
    1,
    15,
    'the body ends inside a text value: a closing quote (") is missing.',
  ],
  [
    'an object never closed',
    '{"event": {"title": "x"',
    1,
    24,
    'the body ends before it is closed (the { on line 1 is never closed): add }} at the end.',
  ],
  [
    'a list inside an object never closed',
    '{"event": [1, 2',
    1,
    16,
    'the body ends before it is closed (the { on line 1 is never closed): add ]} at the end.',
  ],
  [
    'a list never closed',
    '[',
    1,
    2,
    'the body ends before it is closed (the [ on line 1 is never closed): add ] at the end.',
  ],
  [
    'curly quotes',
    '{"title": \u201cHi\u201d}',
    1,
    11,
    'curly quotes (“ ” or ‘ ’) are used where JSON needs straight double quotes ("). Editors and word processors replace them: retype them as ".',
  ],
  [
    'a non-breaking space',
    '{"title":\u00a0"Hi"}',
    1,
    10,
    'a non-breaking space (usually pasted from a document) sits between the JSON parts: delete it and type a normal space.',
  ],
  [
    'a byte-order mark',
    '{\ufeff"title": "Hi"}',
    1,
    2,
    'an invisible byte-order mark (usually pasted from a document) sits between the JSON parts: delete it and type a normal space.',
  ],
  [
    'a zero-width space',
    '{"title":\u200b"Hi"}',
    1,
    10,
    'a zero-width space (usually pasted from a document) sits between the JSON parts: delete it and type a normal space.',
  ],
  [
    'a line separator',
    '{"title":\u2028"Hi"}',
    1,
    10,
    'a line separator (usually pasted from a document) sits between the JSON parts: delete it and type a normal space.',
  ],
  [
    'single quotes around a name',
    "{'title': 'Hi'}",
    1,
    2,
    'single quotes (\') are used; JSON needs double quotes (") around names and text.',
  ],
  [
    'single quotes around a value',
    '{"title": \'Hi\'}',
    1,
    11,
    'single quotes (\') are used; JSON needs double quotes (") around names and text.',
  ],
  [
    'a comma after the last field',
    '{"a": 1,}',
    1,
    9,
    'there is a comma after the last field: remove the comma before }.',
  ],
  [
    'a comma after the last list item',
    '[1, 2,]',
    1,
    7,
    'there is a comma after the last list item: remove the comma before ].',
  ],
  [
    'a quote inside a title',
    '{"title": "Say "hi" now"}',
    1,
    17,
    'a quote (") inside the text of "title" ended the text early. Escape the value with json_escape ({{ value | json_escape }}) or write \\" instead of ".',
  ],
  [
    'a missing comma between lines',
    '{"a": "x"\n"b": "y"}',
    2,
    1,
    'a comma is missing before line 2: add , after the value of "a".',
  ],
  [
    'a missing comma after a text',
    '{"a": "x" "b": "y"}',
    1,
    11,
    'a comma is missing before line 1: add , after the value of "a".',
  ],
  [
    'a missing comma after a number',
    '{"a": 1 "b": 2}',
    1,
    9,
    'a comma is missing before line 1: add , after the value of "a".',
  ],
  [
    'an empty value before }',
    '{"a": }',
    1,
    7,
    'the value of "a" is empty: the Liquid that fills it printed nothing for this user. Quote it or give it a default.',
  ],
  [
    'an empty list item',
    '[1, , 2]',
    1,
    5,
    'a value is empty: the Liquid that fills it printed nothing for this user. Quote it or give it a default.',
  ],
  [
    'an empty value before ]',
    '{"a": ]',
    1,
    7,
    'the value of "a" is empty: the Liquid that fills it printed nothing for this user. Quote it or give it a default.',
  ],
  ['a field name without quotes', '{title: "x"}', 1, 2, 'field names need double quotes: write "title".'],
  ['a $ field name without quotes', '{$x: "x"}', 1, 2, 'field names need double quotes: write "$x".'],
  ['a missing colon', '{"a" 1}', 1, 6, 'a : is missing after the field name "a".'],
  [
    'one } too many',
    '{"a": 1}}',
    1,
    9,
    'there is extra text after the final } (often one } too many): remove it.',
  ],
  [
    'two values without a comma',
    '{"a": 1 2}',
    1,
    9,
    'a , or closing bracket was expected after the value of "a".',
  ],
  ['a number as a field name', '{1: 2}', 1, 2, 'a field name in double quotes was expected.'],
  [
    'a character that starts no value',
    '{"a": @}',
    1,
    7,
    'a value was expected: text in double quotes, a number, true, false, null, { or [.',
  ],
  [
    'two list items without a comma',
    '{"a": [1 2]}',
    1,
    10,
    'a , or closing bracket was expected after the value of "a".',
  ],
  [
    'a single-quoted text right after a text value',
    '{"a": "x" \'y\'}',
    1,
    11,
    'a quote (") inside the text of "a" ended the text early. Escape the value with json_escape ({{ value | json_escape }}) or write \\" instead of ".',
  ],
  [
    'text after a closed text on the next line',
    '{"a": "x",\n "b": "y" z}',
    2,
    11,
    'a quote (") inside the text of "b" ended the text early. Escape the value with json_escape ({{ value | json_escape }}) or write \\" instead of ".',
  ],
];

describe('the hint for a body that is not JSON', () => {
  it.each(CASES)('%s', (_name, body, line, column, hint) => {
    const result = parseJsonBody(body);
    if (result.ok) throw new Error('expected invalid JSON');
    expect([result.issue.line, result.issue.column]).toEqual([line, column]);
    expect(result.issue.message).toBe(
      `The body is not valid JSON at line ${line}, column ${column}: ${hint}`,
    );
  });
});
