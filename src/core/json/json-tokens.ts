import { liquidTagEnd, startsLiquidTag } from './liquid-tag';

/**
 * Which text the tokenizer reads: `json` is RFC 8259 as JSON.parse accepts it; `braze` is a Braze webhook
 * body, JSON with Liquid tags anywhere (a tag outside a string is one token, a tag inside a string is part
 * of it), any Unicode whitespace, and strings taken as written (escapes and control characters unchecked).
 */
export type JsonDialect = 'json' | 'braze';

/** Why a token is broken, and the offset of the character that breaks it (the text's length when cut off). */
interface TokenFault {
  problem: 'cut-off' | 'unexpected-char' | 'control-char' | 'bad-escape' | 'unclosed-liquid';
  offset: number;
}

/** One token: `start`/`end` are offsets into the text (`end` exclusive; a broken token ends at its fault). */
export type JsonToken =
  | { kind: 'punct'; char: '{' | '}' | '[' | ']' | ':' | ','; start: number; end: number }
  /** A quoted string, quotes included. */
  | { kind: 'string'; start: number; end: number; fault?: TokenFault }
  | { kind: 'number'; start: number; end: number; fault?: TokenFault }
  /** `true`, `false` or `null`. */
  | { kind: 'literal'; start: number; end: number; fault?: TokenFault }
  /** A Liquid tag outside a string (braze dialect only). */
  | { kind: 'liquid'; start: number; end: number; fault?: TokenFault }
  /** One character that starts no JSON token. */
  | { kind: 'other'; start: number; end: number }
  /** Nothing but whitespace is left. */
  | { kind: 'end'; start: number; end: number };

const PUNCT = new Set(['{', '}', '[', ']', ':', ',']);
const LITERALS: Record<string, string> = { t: 'true', f: 'false', n: 'null' };
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Whitespace between tokens: JSON's four characters, or any Unicode space in a Braze body. */
const SPACE: Record<JsonDialect, RegExp> = { json: /[ \t\n\r]*/y, braze: /\s*/y };

/** Returns the offset of the first non-whitespace character at or after `at`. */
function skipSpace(text: string, at: number, dialect: JsonDialect): number {
  const space = SPACE[dialect];
  space.lastIndex = at;
  space.exec(text);
  return space.lastIndex;
}

/** Reads the token after any whitespace at `at`; never throws: a broken token carries its fault. */
export function nextJsonToken(text: string, at: number, dialect: JsonDialect): JsonToken {
  const start = skipSpace(text, at, dialect);
  if (start >= text.length) return { kind: 'end', start, end: start };
  const c = text[start]!;
  if (dialect === 'braze' && startsLiquidTag(text, start)) {
    const end = liquidTagEnd(text, start);
    return end === -1
      ? { kind: 'liquid', start, end: text.length, fault: { problem: 'unclosed-liquid', offset: start } }
      : { kind: 'liquid', start, end };
  }
  if (PUNCT.has(c)) return { kind: 'punct', char: c as '{', start, end: start + 1 };
  if (c === '"') return dialect === 'json' ? jsonString(text, start) : brazeString(text, start);
  if (c === '-' || isDigit(c)) return numberToken(text, start);
  const literal = LITERALS[c];
  if (literal) return literalToken(text, start, literal);
  return { kind: 'other', start, end: start + 1 };
}

function broken<K extends 'string' | 'number' | 'literal'>(
  kind: K,
  start: number,
  text: string,
  problem: TokenFault['problem'],
  offset: number,
) {
  const fault =
    offset >= text.length ? { problem: 'cut-off' as const, offset: text.length } : { problem, offset };
  return { kind, start, end: fault.offset, fault };
}

function numberToken(text: string, start: number): JsonToken {
  let i = start;
  const fail = () => broken('number', start, text, 'unexpected-char', i);
  if (text[i] === '-') i++;
  if (!isDigit(text[i])) return fail();
  if (text[i] === '0') i++;
  else while (isDigit(text[i])) i++;
  if (text[i] === '.') {
    i++;
    if (!isDigit(text[i])) return fail();
    while (isDigit(text[i])) i++;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    if (!isDigit(text[i])) return fail();
    while (isDigit(text[i])) i++;
  }
  return { kind: 'number', start, end: i };
}

function literalToken(text: string, start: number, literal: string): JsonToken {
  for (let k = 0; k < literal.length; k++) {
    if (text[start + k] !== literal[k]) return broken('literal', start, text, 'unexpected-char', start + k);
  }
  return { kind: 'literal', start, end: start + literal.length };
}

/** A strict JSON string: control characters and unknown escapes break it where they stand. */
function jsonString(text: string, start: number): JsonToken {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return { kind: 'string', start, end: i + 1 };
    if (code < 0x20) return broken('string', start, text, 'control-char', i);
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === undefined) break;
      if (next === 'u') {
        const bad = text.slice(i + 2, i + 6).search(/[^0-9a-fA-F]/);
        if (bad !== -1) return broken('string', start, text, 'bad-escape', i + 2 + bad);
        if (i + 6 > text.length) break;
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(next)) return broken('string', start, text, 'bad-escape', i + 1);
      i += 2;
      continue;
    }
    i++;
  }
  return broken('string', start, text, 'cut-off', text.length);
}

/** A Braze string: a backslash escapes the next character, Liquid tags inside are skipped whole. */
function brazeString(text: string, start: number): JsonToken {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (startsLiquidTag(text, i)) {
      const end = liquidTagEnd(text, i);
      if (end === -1)
        return { kind: 'string', start, end: text.length, fault: { problem: 'unclosed-liquid', offset: i } };
      i = end;
    } else if (c === '"') return { kind: 'string', start, end: i + 1 };
    else i++;
  }
  return broken('string', start, text, 'cut-off', text.length);
}
