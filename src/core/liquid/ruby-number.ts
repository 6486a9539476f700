/**
 * Ruby numbers as Shopify Liquid 5 uses them. A Ruby Float that happens to be whole (`12.0`) must
 * stay a Float (it prints `12.0`), so floats that JavaScript would turn into integers are wrapped in
 * RubyFloat; a JavaScript number with a fraction is a Float anyway. Liquid 5's math filters compute
 * with BigDecimal made from a float's printed form, so `10.1 - 2.2` is `7.9`: Decimal does the same.
 */
import { Drop } from 'liquidjs';

/** A Ruby Float. A Drop, so liquidjs's comparisons and truthiness use its number. */
export class RubyFloat extends Drop {
  constructor(readonly value: number) {
    super();
  }

  override valueOf(): number {
    return this.value;
  }

  override toString(): string {
    return formatFloat(this.value);
  }
}

/** A Ruby Integer or Float (a whole JavaScript number is an Integer unless wrapped). */
export type RubyNumber = number | RubyFloat;

/** A float result: wrapped when JavaScript would lose that it is a float. */
export function float(n: number): RubyNumber {
  return Number.isInteger(n) ? new RubyFloat(n) : n;
}

/** Ruby `Float#to_s`: `12.0`, `7.9`, `1.0e+16`, `1.0e-05`, `Infinity`, `NaN`. */
export function formatFloat(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const [mantissa = '0', exp = '0'] = n.toExponential().split('e');
  const e = Number(exp);
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace(/^-/, '').replace('.', '');
  if (e < -4 || e >= 16) {
    const frac = digits.slice(1) || '0';
    return `${sign}${digits[0]}.${frac}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  const int = digits.slice(0, e + 1).padEnd(e + 1, '0');
  return `${sign}${int}.${digits.slice(e + 1) || '0'}`;
}

/** Ruby `Integer#to_s` for a whole JavaScript number (no exponent form). */
export function formatInteger(n: number): string {
  return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
}

/** An exact decimal (Ruby BigDecimal): `m × 10^-scale`. */
export class Decimal {
  constructor(
    readonly m: bigint,
    readonly scale: number,
  ) {}

  /** The decimal a float prints as (Ruby `BigDecimal(float.to_s)`), or of a decimal string. */
  static parse(text: string): Decimal {
    const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim());
    if (!match) return new Decimal(0n, 0);
    const [, sign = '', int = '', frac = '', exp = '0'] = match;
    let scale = frac.length - Number(exp);
    let m = BigInt(`${sign}${int}${frac}` === sign ? '0' : `${sign}${int || '0'}${frac}`);
    if (scale < 0) {
      m *= 10n ** BigInt(-scale);
      scale = 0;
    }
    return new Decimal(m, scale);
  }

  static of(n: number): Decimal {
    return Decimal.parse(String(n));
  }

  private align(other: Decimal): [bigint, bigint, number] {
    const scale = Math.max(this.scale, other.scale);
    return [this.m * 10n ** BigInt(scale - this.scale), other.m * 10n ** BigInt(scale - other.scale), scale];
  }

  plus(o: Decimal): Decimal {
    const [a, b, s] = this.align(o);
    return new Decimal(a + b, s);
  }

  minus(o: Decimal): Decimal {
    const [a, b, s] = this.align(o);
    return new Decimal(a - b, s);
  }

  times(o: Decimal): Decimal {
    return new Decimal(this.m * o.m, this.scale + o.scale);
  }

  /** Floored modulo (Ruby `%`: the sign of the divisor). */
  modulo(o: Decimal): Decimal {
    const [a, b, s] = this.align(o);
    const r = a % b;
    return new Decimal(r !== 0n && r < 0n !== b < 0n ? r + b : r, s);
  }

  isZero(): boolean {
    return this.m === 0n;
  }

  /** Round half away from zero to `digits` decimals (BigDecimal's default mode). */
  round(digits: number): Decimal {
    if (digits >= this.scale) return this;
    const unit = 10n ** BigInt(this.scale - digits);
    const neg = this.m < 0n;
    const abs = neg ? -this.m : this.m;
    let q = abs / unit;
    if ((abs % unit) * 2n >= unit) q += 1n;
    const signed = neg ? -q : q;
    return digits >= 0 ? new Decimal(signed, digits) : new Decimal(signed * 10n ** BigInt(-digits), 0);
  }

  /** Floor (`toward -∞`) or ceiling to a whole number. */
  whole(up: boolean): bigint {
    const unit = 10n ** BigInt(this.scale);
    const q = this.m / unit;
    const r = this.m % unit;
    if (r === 0n) return q;
    return up ? (r > 0n ? q + 1n : q) : r < 0n ? q - 1n : q;
  }

  toNumber(): number {
    if (this.scale === 0) return Number(this.m);
    const s = (this.m < 0n ? -this.m : this.m).toString().padStart(this.scale + 1, '0');
    return Number(`${this.m < 0n ? '-' : ''}${s.slice(0, -this.scale)}.${s.slice(-this.scale)}`);
  }
}
