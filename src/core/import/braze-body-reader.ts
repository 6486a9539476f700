import { liquidTagEnd, nextJsonToken, startsLiquidTag } from '../json';
import type { JsonToken } from '../json';

/** A value in a Braze body read tolerantly: JSON with Liquid inside strings and, as raw text, outside them. */
export type BodyValue =
  | { kind: 'object'; entries: { key: string; value: BodyValue }[] }
  /** Text between the quotes: JSON escapes are NOT decoded, Liquid is left as written. */
  | { kind: 'string'; raw: string }
  /** A number, true, false or null. */
  | { kind: 'literal'; raw: string }
  /** An array, or Liquid written outside a string: the raw text. */
  | { kind: 'other'; raw: string };

/** Thrown (and caught by the importer) when the text is not a JSON object even tolerantly. */
class UnreadableBodyError extends Error {}

/** Returns the index just after the Liquid tag (`{{…}}` or `{%…%}`) starting at `i`; throws when it is never closed. */
export function skipLiquid(s: string, i: number): number {
  const end = liquidTagEnd(s, i);
  if (end === -1) throw new UnreadableBodyError(`Liquid ${s[i + 1] === '{' ? '{{' : '{%'} is never closed`);
  return end;
}

/** Returns the index of the first `{` that opens a JSON object (not a Liquid tag) at or after `from`, or -1. */
export function findObjectStart(s: string, from = 0): number {
  let i = from;
  while (i < s.length) {
    if (startsLiquidTag(s, i)) i = skipLiquid(s, i);
    else if (s[i] === '{') return i;
    else i++;
  }
  return -1;
}

const isPunct = (t: JsonToken, ...chars: string[]) => t.kind === 'punct' && chars.includes(t.char);

/** Reads a Braze webhook body as JSON with Liquid in it, from `pos`; throws UnreadableBodyError on what it cannot read. */
export class BrazeBodyReader {
  constructor(
    private readonly s: string,
    /** Offset of the next character to read. */
    public pos = 0,
  ) {}

  private peek(): JsonToken {
    return nextJsonToken(this.s, this.pos, 'braze');
  }

  /** Moves past `t`; a string or Liquid tag that is never closed cannot be read past, so it throws. */
  private take(t: JsonToken): JsonToken {
    if ('fault' in t && t.fault && (t.kind === 'string' || t.kind === 'liquid')) {
      if (t.fault.problem === 'unclosed-liquid') skipLiquid(this.s, t.fault.offset);
      throw new UnreadableBodyError('a quoted string is never closed');
    }
    this.pos = t.end;
    return t;
  }

  /** Reads one value: an object entry by entry, a string as written, anything else as raw text. */
  value(): BodyValue {
    const t = this.peek();
    if (isPunct(t, '{')) return (this.take(t), this.object());
    if (t.kind === 'string')
      return (this.take(t), { kind: 'string', raw: this.s.slice(t.start + 1, t.end - 1) });
    return this.raw();
  }

  /** Raw text up to the next `,` `}` or `]` outside brackets; one number, true, false or null is a literal. */
  private raw(): BodyValue {
    const tokens: JsonToken[] = [];
    let depth = 0;
    for (let t = this.peek(); ; t = this.peek()) {
      if (t.kind === 'end' || (depth === 0 && isPunct(t, ',', '}', ']'))) {
        if (tokens.length === 0)
          throw new UnreadableBodyError(`a value is missing at character ${t.start + 1}`);
        break;
      }
      if (isPunct(t, '[', '{')) depth++;
      else if (isPunct(t, ']', '}')) depth--;
      tokens.push(this.take(t));
    }
    const only = tokens.length === 1 ? tokens[0]! : null;
    const literal = only && (only.kind === 'number' || only.kind === 'literal') && !only.fault;
    return { kind: literal ? 'literal' : 'other', raw: this.s.slice(tokens[0]!.start, this.pos) };
  }

  private object(): BodyValue {
    const entries: { key: string; value: BodyValue }[] = [];
    for (;;) {
      let t = this.peek();
      if (isPunct(t, '}')) return (this.take(t), { kind: 'object', entries });
      if (t.kind !== 'string') throw new UnreadableBodyError(`expected a "key" at character ${t.start + 1}`);
      const key = this.s.slice(t.start + 1, this.take(t).end - 1);
      t = this.peek();
      if (!isPunct(t, ':')) throw new UnreadableBodyError(`expected ':' after "${key}"`);
      this.take(t);
      entries.push({ key, value: this.value() });
      t = this.peek();
      if (isPunct(t, ',')) this.take(t);
      else if (!isPunct(t, '}')) throw new UnreadableBodyError(`expected ',' or '}' after "${key}"`);
    }
  }
}
