import { nextJsonToken } from '../json';
import type { JsonToken } from '../json';

/** What the checker expected when it met a token it could not accept. */
type JsonExpectation = 'value' | 'key' | 'colon' | 'comma-or-close' | 'end';

/** The first syntax error in a JSON text, with the context a hint needs. */
export type JsonSyntaxError =
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
type State = JsonExpectation | 'value-or-close' | 'key-or-close';
const isPunct = (t: JsonToken, char: string) => t.kind === 'punct' && t.char === char;

/** Finds the first JSON syntax error (at the offset V8 reports), or null when JSON.parse accepts the text. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: Frame[] = [];
  let expected = 'value' as State;
  let afterComma = false;
  let prevStringEnd: number | null = null;
  let prevStringWasValue = false;
  let key: string | null = null;
  const afterValue = () => {
    expected = stack.length === 0 ? 'end' : 'comma-or-close';
    afterComma = false;
  };
  const close = () => {
    stack.pop();
    key = stack[stack.length - 1]?.key ?? null;
    afterValue();
  };
  const unexpected = (at: number, exp: JsonExpectation): JsonSyntaxError => ({
    kind: 'unexpected-char',
    offset: at,
    expected: exp,
    key,
    afterComma,
    prevStringEnd,
    prevStringWasValue,
  });
  /** The error a broken token stands for; strings keep the key they belong to. */
  const faultOf = (t: JsonToken): JsonSyntaxError | null => {
    if (!('fault' in t) || !t.fault) return null;
    const { problem, offset } = t.fault;
    if (problem === 'cut-off') return endError(text, stack, t.kind === 'string');
    if (problem === 'control-char' || problem === 'bad-escape') return { kind: problem, offset, key };
    return unexpected(offset, 'value');
  };

  for (let t = nextJsonToken(text, 0, 'json'); t.kind !== 'end'; t = nextJsonToken(text, t.end, 'json')) {
    const top = stack[stack.length - 1];
    if (expected === 'end') return unexpected(t.start, 'end');
    if (expected === 'colon') {
      if (!isPunct(t, ':')) return unexpected(t.start, 'colon');
      expected = 'value';
    } else if (expected === 'comma-or-close') {
      if (isPunct(t, ',')) {
        expected = top?.char === '{' ? 'key' : 'value';
        afterComma = true;
      } else if ((isPunct(t, '}') && top?.char === '{') || (isPunct(t, ']') && top?.char === '[')) {
        prevStringEnd = null;
        close();
      } else return unexpected(t.start, 'comma-or-close');
    } else if (expected === 'key' || expected === 'key-or-close') {
      if (isPunct(t, '}') && expected === 'key-or-close') close();
      else {
        if (t.kind !== 'string') return unexpected(t.start, 'key');
        const fault = faultOf(t);
        if (fault) return fault;
        key = text.slice(t.start + 1, t.end - 1);
        if (top) top.key = key;
        prevStringEnd = t.end;
        prevStringWasValue = false;
        expected = 'colon';
      }
    } else if (isPunct(t, ']') && expected === 'value-or-close') close();
    else if (t.kind === 'punct' && (t.char === '{' || t.char === '[')) {
      stack.push({ char: t.char, offset: t.start, key: null });
      expected = t.char === '{' ? 'key-or-close' : 'value-or-close';
      afterComma = false;
    } else if (t.kind === 'string') {
      const fault = faultOf(t);
      if (fault) return fault;
      prevStringEnd = t.end;
      prevStringWasValue = true;
      afterValue();
    } else {
      prevStringEnd = null;
      if (t.kind !== 'number' && t.kind !== 'literal') return unexpected(t.start, 'value');
      const fault = faultOf(t);
      if (fault) return fault;
      afterValue();
    }
  }
  if (expected === 'end') return null;
  if (text.trim() === '') return { kind: 'empty', offset: text.length };
  return endError(text, stack, false);
}

function endError(text: string, stack: Frame[], inString: boolean): JsonSyntaxError {
  return {
    kind: 'unexpected-end',
    offset: text.length,
    open: stack.map(({ char, offset }) => ({ char, offset })),
    inString,
  };
}
