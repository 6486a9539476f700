import type { JsonSyntaxError } from './json-syntax-error';
import { positionOfOffset } from './text-position';

const CURLY = /[\u201c\u201d\u201e\u2018\u2019\u2033]/;
const INVISIBLE: Record<string, string> = {
  '\u00a0': 'a non-breaking space',
  '\ufeff': 'an invisible byte-order mark',
  '\u200b': 'a zero-width space',
  '\u2028': 'a line separator',
};

function field(key: string | null): string {
  return key ? `"${key}"` : 'a value';
}

function closers(open: { char: '{' | '[' }[]): string {
  return open
    .map((o) => (o.char === '{' ? '}' : ']'))
    .reverse()
    .join('');
}

function unexpectedChar(text: string, err: Extract<JsonSyntaxError, { kind: 'unexpected-char' }>): string {
  const c = text[err.offset] ?? '';
  if (CURLY.test(c)) {
    return `curly quotes (“ ” or ‘ ’) are used where JSON needs straight double quotes ("). Editors and word processors replace them: retype them as ".`;
  }
  if (INVISIBLE[c])
    return `${INVISIBLE[c]} (usually pasted from a document) sits between the JSON parts: delete it and type a normal space.`;
  if (c === "'" && (err.expected === 'key' || err.expected === 'value')) {
    return `single quotes (') are used; JSON needs double quotes (") around names and text.`;
  }
  if (err.expected === 'key' && err.afterComma && c === '}')
    return 'there is a comma after the last field: remove the comma before }.';
  if (err.expected === 'value' && err.afterComma && c === ']')
    return 'there is a comma after the last list item: remove the comma before ].';
  const sameLine = err.prevStringEnd !== null && !text.slice(err.prevStringEnd, err.offset).includes('\n');
  if (
    err.prevStringWasValue &&
    sameLine &&
    /[^\s,:{}[\]"]/.test(c) &&
    (err.expected === 'comma-or-close' || err.expected === 'key')
  ) {
    return `a quote (") inside the text of ${field(err.key)} ended the text early. Escape the value with json_escape ({{ value | json_escape }}) or write \\" instead of ".`;
  }
  if (err.expected === 'comma-or-close' && c === '"') {
    const { line } = positionOfOffset(text, err.offset);
    return `a comma is missing before line ${line}: add , after the value of ${field(err.key)}.`;
  }
  if (err.expected === 'value' && (c === ',' || c === '}' || c === ']')) {
    const value = err.key ? `the value of "${err.key}"` : 'a value';
    return `${value} is empty: the Liquid that fills it printed nothing for this user. Quote it or give it a default.`;
  }
  if (err.expected === 'key' && /[A-Za-z_$]/.test(c))
    return `field names need double quotes: write "${text.slice(err.offset).match(/^[\w$]+/)?.[0] ?? 'name'}".`;
  if (err.expected === 'colon') return `a : is missing after the field name ${field(err.key)}.`;
  if (err.expected === 'end')
    return 'there is extra text after the final } (often one } too many): remove it.';
  if (err.expected === 'comma-or-close')
    return `a , or closing bracket was expected after the value of ${field(err.key)}.`;
  if (err.expected === 'key') return 'a field name in double quotes was expected.';
  return 'a value was expected: text in double quotes, a number, true, false, null, { or [.';
}

/** Explains a JSON syntax error in words a marketer can act on (the cause, then the fix). */
export function jsonErrorHint(text: string, err: JsonSyntaxError): string {
  switch (err.kind) {
    case 'empty':
      return 'the body is empty. Rokt needs a JSON object like {"event": { … }}.';
    case 'control-char': {
      const c = text[err.offset];
      const what =
        c === '\n' || c === '\r' ? 'a line break' : c === '\t' ? 'a tab' : 'an invisible control character';
      return `the text of ${field(err.key)} contains ${what}, which JSON does not allow inside quotes (or its closing quote is missing). Escape the value with json_escape or keep it on one line.`;
    }
    case 'bad-escape':
      return `the text of ${field(err.key)} contains a backslash (\\) JSON does not understand. Write \\\\ for a backslash, or escape the value with json_escape.`;
    case 'unexpected-end': {
      if (err.inString) return 'the body ends inside a text value: a closing quote (") is missing.';
      const missing = closers(err.open);
      if (missing === '') return 'the body ends too early: a value is missing.';
      const first = err.open[0];
      const opened = first
        ? ` (the ${first.char} on line ${positionOfOffset(text, first.offset).line} is never closed)`
        : '';
      return `the body ends before it is closed${opened}: add ${missing} at the end.`;
    }
    case 'unexpected-char':
      return unexpectedChar(text, err);
  }
}
