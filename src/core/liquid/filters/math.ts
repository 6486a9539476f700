/**
 * Math filters as Ruby Liquid 5 computes them: integers stay integers (`divided_by` floors), a float
 * operand makes a float result computed in decimal (`10.1 | minus: 2.2` is `7.9`), strings are read
 * as numbers (`"3.5"` a decimal, `"12abc"` 12, `"abc"` 0), and division or modulo by zero is an error.
 */
import { BrazeProblemError } from '../errors';
import { Decimal, RubyFloat, float } from '../ruby-number';
import type { RubyNumber } from '../ruby-number';
import { def } from './filter-kit';
import type { FilterFamily } from './filter-kit';

/** A Ruby number as Liquid's `Utils.to_number` makes it: an integer, or a BigDecimal. */
type Num = number | Decimal;

const DECIMAL = /^-?\d+\.\d+$/;
const LEADING_INT = /^\s*([+-]?\d+(?:_\d+)*)/;

/** Liquid's `Utils.to_number`. */
export function toNum(v: unknown): Num {
  if (v instanceof RubyFloat) return Decimal.of(v.value);
  if (typeof v === 'number') return Number.isInteger(v) ? v : Decimal.of(v);
  if (typeof v === 'string') {
    const text = v.trim();
    if (DECIMAL.test(text)) return Decimal.parse(text);
    const m = LEADING_INT.exec(v);
    return m ? Number(m[1]!.replace(/_/g, '')) : 0;
  }
  return 0;
}

const dec = (n: Num): Decimal => (typeof n === 'number' ? Decimal.parse(String(n)) : n);
const out = (n: Num): RubyNumber => (typeof n === 'number' ? n : float(n.toNumber()));

function zeroDivision(): BrazeProblemError {
  return new BrazeProblemError(
    'liquid.render',
    'Division by zero: divided_by and modulo need a number other than 0 (Braze stops with an error here).',
    { v: 'zero-division' },
  );
}

function isZero(n: Num): boolean {
  return typeof n === 'number' ? n === 0 : n.isZero();
}

function arithmetic(
  intOp: (a: number, b: number) => number,
  decOp: (a: Decimal, b: Decimal) => Decimal | number,
  checkZero = false,
) {
  return (input: unknown, operand: unknown): RubyNumber => {
    const a = toNum(input);
    const b = toNum(operand);
    if (checkZero && isZero(b)) throw zeroDivision();
    if (typeof a === 'number' && typeof b === 'number') return intOp(a, b);
    const r = decOp(dec(a), dec(b));
    return typeof r === 'number' ? float(r) : out(r);
  };
}

function roundTo(input: unknown, places: unknown = 0): RubyNumber {
  const n = toNum(input);
  const p = toNum(places);
  const digits = Math.trunc(typeof p === 'number' ? p : p.toNumber());
  if (typeof n === 'number') {
    if (digits >= 0) return n;
    const unit = 10 ** -digits;
    return Math.sign(n) * Math.floor(Math.abs(n) / unit + 0.5) * unit;
  }
  const r = n.round(digits);
  return digits < 1 ? Number(r.whole(false)) : float(r.toNumber());
}

function whole(up: boolean) {
  return (input: unknown): number => {
    const n = toNum(input);
    return typeof n === 'number' ? n : Number(n.whole(up));
  };
}

function compare(pick: (c: number) => boolean) {
  return (input: unknown, other: unknown): RubyNumber => {
    const a = toNum(input);
    const b = toNum(other);
    const c = dec(a).minus(dec(b)).toNumber();
    return out(c === 0 || pick(c) ? a : b);
  };
}

/** plus, minus, times, divided_by, modulo, abs, round, ceil, floor, at_least, at_most. */
export const MATH_FILTERS: FilterFamily = {
  plus: def(
    arithmetic(
      (a, b) => a + b,
      (a, b) => a.plus(b),
    ),
    1,
  ),
  minus: def(
    arithmetic(
      (a, b) => a - b,
      (a, b) => a.minus(b),
    ),
    1,
  ),
  times: def(
    arithmetic(
      (a, b) => a * b,
      (a, b) => a.times(b),
    ),
    1,
  ),
  divided_by: def(
    arithmetic(
      (a, b) => Math.floor(a / b),
      (a, b) => a.toNumber() / b.toNumber(),
      true,
    ),
    1,
  ),
  modulo: def(
    arithmetic(
      (a, b) => ((a % b) + b) % b,
      (a, b) => a.modulo(b),
      true,
    ),
    1,
  ),
  abs: def((input: unknown) => {
    const n = toNum(input);
    return typeof n === 'number' ? Math.abs(n) : out(n.m < 0n ? new Decimal(-n.m, n.scale) : n);
  }),
  round: def(roundTo, 0, 1),
  ceil: def(whole(true)),
  floor: def(whole(false)),
  at_least: def(
    compare((c) => c > 0),
    1,
  ),
  at_most: def(
    compare((c) => c < 0),
    1,
  ),
};
