/**
 * Liquid 5's condition operators with Ruby's rules: no `not` (Ruby has none, so `not x` is an error),
 * `<`/`>` compare numbers with numbers and strings with strings (a string against a number is an
 * error; nil, booleans, arrays and hashes compare false), and `contains` with a nil or false right
 * side is false.
 */
import { Tokenizer, defaultOperators, toValue, toValueSync } from 'liquidjs';
import type { Context, Operators } from 'liquidjs';
import { BrazeProblemError } from './errors';
import { RubyFloat } from './ruby-number';
import { rubyInspect, toRubyString } from './ruby';

type Operator = (l: unknown, r: unknown, ctx: Context) => boolean;

interface ComparableLike {
  gt(v: unknown): unknown;
  lt(v: unknown): unknown;
  geq(v: unknown): unknown;
  leq(v: unknown): unknown;
}

const isComparable = (v: unknown): v is ComparableLike =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Partial<ComparableLike>).gt === 'function' &&
  !(v instanceof RubyFloat);

const isNum = (v: unknown) => typeof v === 'number' || v instanceof RubyFloat;

function compare(
  name: string,
  test: (c: number) => boolean,
  drop: (l: ComparableLike, r: unknown) => unknown,
  flipped: (r: ComparableLike, l: unknown) => unknown,
): Operator {
  return (l, r) => {
    if (isComparable(l)) return drop(l, r) === true;
    if (isComparable(r)) return flipped(r, l) === true;
    const a = toValue(l);
    const b = toValue(r);
    if (isNum(a) && isNum(b)) return test(Number(a) - Number(b));
    if (typeof a === 'string' && typeof b === 'string') return test(a < b ? -1 : a > b ? 1 : 0);
    if ((typeof a === 'string' && isNum(b)) || (isNum(a) && typeof b === 'string')) {
      throw new BrazeProblemError(
        'liquid.render',
        `Cannot compare ${rubyInspect(a)} with ${rubyInspect(b)} with ${name}: compare numbers with numbers and text with text.`,
        { v: 'compare', a: rubyInspect(a), b: rubyInspect(b), operator: name },
      );
    }
    return false;
  };
}

function contains(l: unknown, r: unknown): boolean {
  const left = toValue(l);
  const right = toValue(r);
  if (left === null || left === undefined || right === null || right === undefined || right === false)
    return false;
  if (typeof left === 'string') return left.includes(toRubyString(right));
  if (Array.isArray(left))
    return left.some(
      (item) => toValue(item) === right || (isNum(item) && isNum(right) && Number(item) === Number(right)),
    );
  if (typeof left === 'object') return Object.prototype.hasOwnProperty.call(left, toRubyString(right));
  return false;
}

interface Equatable {
  equals(v: unknown): unknown;
}

/** liquidjs's `blank` literal's class (not exported), read from a token. */
const BLANK = (new Tokenizer('blank').readValue() as unknown as { content: object }).content.constructor;
const liquidEquals = defaultOperators['=='] as (l: unknown, r: unknown) => unknown;

/** Ruby `==`, where `nil == blank` holds (liquidjs asks nil, which says no). */
function equals(l: unknown, r: unknown): boolean {
  if (l instanceof BLANK && !(r instanceof BLANK)) return equals(r, l);
  if (r instanceof BLANK) return toValueSync((r as Equatable).equals(l)) === true;
  return toValueSync(liquidEquals(l, r)) === true;
}

/** The operators the Braze engine is configured with. */
export const RUBY_OPERATORS: Operators = {
  '==': equals,
  '!=': (l: unknown, r: unknown) => !equals(l, r),
  '<>': (l: unknown, r: unknown) => !equals(l, r),
  '>': compare(
    '>',
    (c) => c > 0,
    (l, r) => l.gt(r),
    (r, l) => r.lt(l),
  ),
  '<': compare(
    '<',
    (c) => c < 0,
    (l, r) => l.lt(r),
    (r, l) => r.gt(l),
  ),
  '>=': compare(
    '>=',
    (c) => c >= 0,
    (l, r) => l.geq(r),
    (r, l) => r.leq(l),
  ),
  '<=': compare(
    '<=',
    (c) => c <= 0,
    (l, r) => l.leq(r),
    (r, l) => r.geq(l),
  ),
  contains,
  and: defaultOperators['and']!,
  or: defaultOperators['or']!,
};
