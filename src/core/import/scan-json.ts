/** A value in a Braze body read tolerantly: JSON with Liquid inside strings and, as raw text, outside them. */
export type ScannedValue =
  | { kind: 'object'; entries: { key: string; value: ScannedValue }[] }
  /** Text between the quotes: JSON escapes are NOT decoded, Liquid is left as written. */
  | { kind: 'string'; raw: string }
  /** A number, true, false or null. */
  | { kind: 'literal'; raw: string }
  /** An array, or Liquid written outside a string: the raw text. */
  | { kind: 'other'; raw: string };

/** Thrown (and caught by the importer) when the text is not a JSON object even tolerantly. */
class ScanError extends Error {}

/** Returns the index just after the Liquid token (`{{…}}` or `{%…%}`) starting at `i`. */
export function skipLiquid(s: string, i: number): number {
  const close = s[i + 1] === '{' ? '}}' : '%}';
  let j = i + 2;
  while (j < s.length) {
    const c = s[j];
    if (c === "'" || c === '"') {
      const end = s.indexOf(c, j + 1);
      if (end === -1) break;
      j = end + 1;
    } else if (c === '$' && s[j + 1] === '{') {
      const end = s.indexOf('}', j + 2);
      if (end === -1) break;
      j = end + 1;
    } else if (s.startsWith(close, j)) {
      return j + 2;
    } else j++;
  }
  throw new ScanError(`Liquid ${s[i + 1] === '{' ? '{{' : '{%'} is never closed`);
}

const isLiquidStart = (s: string, i: number) => s[i] === '{' && (s[i + 1] === '{' || s[i + 1] === '%');

/** Returns the index of the first `{` that opens a JSON object (not a Liquid token) at or after `from`, or -1. */
export function findObjectStart(s: string, from = 0): number {
  let i = from;
  while (i < s.length) {
    if (isLiquidStart(s, i)) i = skipLiquid(s, i);
    else if (s[i] === '{') return i;
    else i++;
  }
  return -1;
}

/** Tolerant JSON reader over one text. */
export class BodyScanner {
  pos = 0;
  constructor(private readonly s: string) {}

  private ws(): void {
    while (this.pos < this.s.length && /\s/.test(this.s[this.pos]!)) this.pos++;
  }

  private string(): string {
    const start = ++this.pos;
    while (this.pos < this.s.length) {
      const c = this.s[this.pos];
      if (c === '\\') this.pos += 2;
      else if (isLiquidStart(this.s, this.pos)) this.pos = skipLiquid(this.s, this.pos);
      else if (c === '"') return this.s.slice(start, this.pos++);
      else this.pos++;
    }
    throw new ScanError('a quoted string is never closed');
  }

  /** Raw text up to the next `,` `}` or `]` at depth 0, skipping strings, Liquid and nested brackets. */
  private raw(): string {
    const start = this.pos;
    let depth = 0;
    while (this.pos < this.s.length) {
      const c = this.s[this.pos]!;
      if (isLiquidStart(this.s, this.pos)) this.pos = skipLiquid(this.s, this.pos);
      else if (c === '"') this.string();
      else if (depth === 0 && (c === ',' || c === '}' || c === ']')) break;
      else {
        if (c === '[' || c === '{') depth++;
        else if (c === ']' || c === '}') depth--;
        this.pos++;
      }
    }
    return this.s.slice(start, this.pos).trim();
  }

  /** Reads one value at the current position. */
  value(): ScannedValue {
    this.ws();
    const c = this.s[this.pos];
    if (c === '{' && !isLiquidStart(this.s, this.pos)) return this.object();
    if (c === '"') return { kind: 'string', raw: this.string() };
    const raw = this.raw();
    if (raw === '') throw new ScanError(`a value is missing at character ${this.pos + 1}`);
    return /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)$/.test(raw)
      ? { kind: 'literal', raw }
      : { kind: 'other', raw };
  }

  private object(): ScannedValue {
    this.pos++;
    const entries: { key: string; value: ScannedValue }[] = [];
    for (;;) {
      this.ws();
      if (this.s[this.pos] === '}') return (this.pos++, { kind: 'object', entries });
      if (this.s[this.pos] !== '"') throw new ScanError(`expected a "key" at character ${this.pos + 1}`);
      const key = this.string();
      this.ws();
      if (this.s[this.pos] !== ':') throw new ScanError(`expected ':' after "${key}"`);
      this.pos++;
      entries.push({ key, value: this.value() });
      this.ws();
      if (this.s[this.pos] === ',') this.pos++;
      else if (this.s[this.pos] !== '}') throw new ScanError(`expected ',' or '}' after "${key}"`);
    }
  }
}
