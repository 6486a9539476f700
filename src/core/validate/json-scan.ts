import { scanNumber, scanString } from './json-scan-tokens';

/** What the scanner expected when it met a character it could not accept. */
type JsonExpectation = 'value' | 'key' | 'colon' | 'comma-or-close' | 'end';

/** The first syntax error in a JSON text, with the context a hint needs. */
export type JsonScanError =
  | { kind: 'empty'; offset: number }
  | { kind: 'unexpected-end'; offset: number; open: { char: '{' | '['; offset: number }[]; inString: boolean }
  | { kind: 'control-char'; offset: number; key: string | null }
  | { kind: 'bad-escape'; offset: number; key: string | null }
  | {
      kind: 'unexpected-char';
      offset: number;
      expected: JsonExpectation;
      key: string | null;
      afterComma: boolean;
      /** Offset just after the last string token, when the previous token was a string. */
      prevStringEnd: number | null;
      prevStringWasValue: boolean;
    };

type Frame = { char: '{' | '['; offset: number; key: string | null };
const WS = new Set([' ', '\t', '\n', '\r']);

/** Finds the first JSON syntax error (the same offset V8 reports), or null when the text is valid JSON. */
export function scanJson(text: string): JsonScanError | null {
  const stack: Frame[] = [];
  type State = JsonExpectation | 'value-or-close' | 'key-or-close';
  let expected = 'value' as State;
  let afterComma = false;
  let prevStringEnd: number | null = null;
  let prevStringWasValue = false;
  let key: string | null = null;
  let i = 0;
  const afterValue = () => {
    expected = stack.length === 0 ? 'end' : 'comma-or-close';
    afterComma = false;
  };
  const unexpected = (at: number, exp: JsonExpectation): JsonScanError => ({
    kind: 'unexpected-char',
    offset: at,
    expected: exp,
    key,
    afterComma,
    prevStringEnd,
    prevStringWasValue,
  });

  while (i < text.length) {
    const c = text[i] as string;
    if (WS.has(c)) {
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    if (expected === 'end') return unexpected(i, 'end');
    if (expected === 'colon') {
      if (c !== ':') return unexpected(i, 'colon');
      expected = 'value';
      i++;
      continue;
    }
    if (expected === 'comma-or-close') {
      if (c === ',') {
        expected = top?.char === '{' ? 'key' : 'value';
        afterComma = true;
        i++;
        continue;
      }
      if ((c === '}' && top?.char === '{') || (c === ']' && top?.char === '[')) {
        stack.pop();
        key = stack[stack.length - 1]?.key ?? null;
        i++;
        prevStringEnd = null;
        afterValue();
        continue;
      }
      return unexpected(i, 'comma-or-close');
    }
    if (expected === 'key' || expected === 'key-or-close') {
      if (c === '}' && expected === 'key-or-close') {
        stack.pop();
        key = stack[stack.length - 1]?.key ?? null;
        i++;
        afterValue();
        continue;
      }
      if (c !== '"') return unexpected(i, 'key');
      const end = scanString(text, i, key);
      if (typeof end !== 'number') return end.kind === 'unexpected-end' ? endError(text, stack, true) : end;
      key = text.slice(i + 1, end - 1);
      if (top) top.key = key;
      prevStringEnd = end;
      prevStringWasValue = false;
      i = end;
      expected = 'colon';
      continue;
    }
    // expecting a value (or `]` right after `[`)
    if (c === ']' && expected === 'value-or-close') {
      stack.pop();
      key = stack[stack.length - 1]?.key ?? null;
      i++;
      afterValue();
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push({ char: c, offset: i, key: null });
      expected = c === '{' ? 'key-or-close' : 'value-or-close';
      afterComma = false;
      i++;
      continue;
    }
    if (c === '"') {
      const end = scanString(text, i, key);
      if (typeof end !== 'number') return end.kind === 'unexpected-end' ? endError(text, stack, true) : end;
      prevStringEnd = end;
      prevStringWasValue = true;
      i = end;
      afterValue();
      continue;
    }
    prevStringEnd = null;
    if (c === '-' || (c >= '0' && c <= '9')) {
      const end = scanNumber(text, i);
      if (end < 0)
        return -end - 1 >= text.length ? endError(text, stack, false) : unexpected(-end - 1, 'value');
      i = end;
      afterValue();
      continue;
    }
    const literal = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : null;
    if (literal === null) return unexpected(i, 'value');
    for (let k = 0; k < literal.length; k++) {
      if (i + k >= text.length) return endError(text, stack, false);
      if (text[i + k] !== literal[k]) return unexpected(i + k, 'value');
    }
    i += literal.length;
    afterValue();
  }
  if (expected === 'end') return null;
  if (text.trim() === '') return { kind: 'empty', offset: text.length };
  return endError(text, stack, false);
}

function endError(text: string, stack: Frame[], inString: boolean): JsonScanError {
  return {
    kind: 'unexpected-end',
    offset: text.length,
    open: stack.map(({ char, offset }) => ({ char, offset })),
    inString,
  };
}
