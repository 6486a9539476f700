import { Drop } from 'liquidjs';
import { describe, expect, it } from 'vitest';
import { renderBraze } from './render-braze';
import { rubyInspect, toRubyString, ZonedTime } from './ruby';
import { Decimal, RubyFloat, float, formatFloat, formatInteger } from './ruby-number';
import { GUIDE_USER } from '../../testing/liquid-fixtures';

const MARCH_10 = new Date('2024-03-10T12:00:00Z'); // New York switched to EDT at 07:00 UTC that day
const JANUARY = new Date('2024-01-15T12:00:00Z');

class Wrapped extends Drop {
  constructor(private readonly inner: unknown) {
    super();
  }
  override valueOf(): unknown {
    return this.inner;
  }
}
class Opaque extends Drop {}

describe('numbers print as Ruby prints them', () => {
  it.each([
    [12, '12.0'],
    [7.9, '7.9'],
    [-2.5, '-2.5'],
    [0.1, '0.1'],
    [100, '100.0'],
    [123456.789, '123456.789'],
    [1e15, '1000000000000000.0'],
    [1e16, '1.0e+16'],
    [1.23e20, '1.23e+20'],
    [-4.5e21, '-4.5e+21'],
    [0.0001, '0.0001'],
    [0.00012, '0.00012'],
    [0.00001, '1.0e-05'],
    [-1.5e-7, '-1.5e-07'],
    [1e-100, '1.0e-100'],
    [0, '0.0'],
    [-0, '-0.0'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
  ])('Float %d prints %s', (n, text) => {
    expect(formatFloat(n)).toBe(text);
  });

  it.each([
    [0, '0'],
    [-5, '-5'],
    [123, '123'],
    [1e20, '100000000000000000000'],
    [1e21, '1000000000000000000000'],
    [-1e21, '-1000000000000000000000'],
    [2 ** 70, '1180591620717411303424'],
  ])('Integer %d prints %s (never with an exponent)', (n, text) => {
    expect(formatInteger(n)).toBe(text);
  });

  it('keeps a whole float a Float and leaves a fraction as it is', () => {
    expect(String(float(12))).toBe('12.0');
    expect(float(12)).toBeInstanceOf(RubyFloat);
    expect(float(1.5)).toBe(1.5);
    expect(Number(new RubyFloat(3))).toBe(3);
  });
});

describe('Decimal computes as Ruby BigDecimal', () => {
  const d = (text: string) => Decimal.parse(text);
  it.each([
    ['1.5', 1.5],
    ['-0.05', -0.05],
    ['+3', 3],
    ['.5', 0.5],
    ['5.', 5],
    ['1e3', 1000],
    ['1.25E-1', 0.125],
    ['  2.50 ', 2.5],
    ['', 0],
    ['abc', 0],
  ])('reads %j as %d', (text, n) => {
    expect(d(text).toNumber()).toBe(n);
  });

  it.each([
    ['plus', '10.1', '2.25', 12.35],
    ['minus', '10.1', '2.2', 7.9],
    ['minus', '2.2', '10.1', -7.9],
    ['times', '1.1', '1.1', 1.21],
    ['times', '-0.5', '4', -2],
    ['modulo', '7', '3', 1],
    ['modulo', '-7', '3', 2],
    ['modulo', '7', '-3', -2],
    ['modulo', '-7', '-3', -1],
    ['modulo', '7.5', '2', 1.5],
    ['modulo', '6', '3', 0],
  ] as const)('%s %s %s is %d', (op, a, b, result) => {
    expect(d(a)[op](d(b)).toNumber()).toBe(result);
  });

  it.each([
    ['2.5', 0, 3],
    ['-2.5', 0, -3],
    ['2.4', 0, 2],
    ['1.005', 2, 1.01],
    ['-1.005', 2, -1.01],
    ['1.004', 2, 1],
    ['1234.5', -2, 1200],
    ['1250', -2, 1300],
    ['1.5', 5, 1.5],
  ])('rounds %s to %d decimals, half away from zero: %d', (text, digits, n) => {
    expect(d(text).round(digits).toNumber()).toBe(n);
  });

  it.each([
    ['2.5', 2n, 3n],
    ['-2.5', -3n, -2n],
    ['3.0', 3n, 3n],
    ['-3', -3n, -3n],
    ['0.1', 0n, 1n],
    ['-0.1', -1n, 0n],
  ])('%s floors to %d and ceils to %d', (text, floor, ceil) => {
    expect([d(text).whole(false), d(text).whole(true)]).toEqual([floor, ceil]);
  });

  it('knows zero whatever its scale, and turns a scale into a decimal point', () => {
    expect([d('0.00').isZero(), d('0.01').isZero(), d('-0').isZero()]).toEqual([true, false, true]);
    expect(d('0.007').toNumber()).toBe(0.007);
    expect(new Decimal(-7n, 3).toNumber()).toBe(-0.007);
    expect(Decimal.of(0.1).plus(Decimal.of(0.2)).toNumber()).toBe(0.3);
  });
});

describe('values print as Braze prints them', () => {
  it.each([
    ['nil', null, ''],
    ['undefined', undefined, ''],
    ['a text', 'x y', 'x y'],
    ['an integer', 3, '3'],
    ['a big integer', 1e21, '1000000000000000000000'],
    ['a float', 2.5, '2.5'],
    ['a whole Float', new RubyFloat(3), '3.0'],
    ['true', true, 'true'],
    ['false', false, 'false'],
    ['a bigint', 10n, '10'],
    ['an array, joined with nothing', [1, [2, 'a'], null, 2.5], '12a2.5'],
    ['a time, in UTC', MARCH_10, '2024-03-10 12:00:00 UTC'],
    [
      'a time in New York after the clock change',
      new ZonedTime(MARCH_10, 'America/New_York'),
      '2024-03-10 08:00:00 -0400',
    ],
    ['a time in New York in winter', new ZonedTime(JANUARY, 'America/New_York'), '2024-01-15 07:00:00 -0500'],
    ['a time at +05:30 given in minutes', new ZonedTime(JANUARY, 330), '2024-01-15 17:30:00 +0530'],
    ['a Drop, as its value', new Wrapped(7), '7'],
    ['a Drop without a value', new Opaque(), ''],
    ['a hash, in Ruby inspect form', { a: 1, b: null }, '{"a"=>1, "b"=>nil}'],
  ])('%s', (_, value, printed) => {
    expect(toRubyString(value)).toBe(printed);
  });

  it.each([
    ['nil', null, 'nil'],
    ['undefined', undefined, 'nil'],
    ['a text, quoted', 'say "hi"', '"say \\"hi\\""'],
    ['an array', [1, 'y', null], '[1, "y", nil]'],
    ['an empty hash', {}, '{}'],
    [
      'a nested hash',
      { a: 1.5, b: [new RubyFloat(2)], c: { d: true }, 'e f': MARCH_10 },
      '{"a"=>1.5, "b"=>[2.0], "c"=>{"d"=>true}, "e f"=>2024-03-10 12:00:00 UTC}',
    ],
    ['a Drop holding a text', new Wrapped('x'), '"x"'],
    ['a Drop holding a hash', new Wrapped({ k: 'v' }), '{"k"=>"v"}'],
    ['a Drop without a value', new Opaque(), ''],
  ])('inspects %s', (_, value, shown) => {
    expect(rubyInspect(value)).toBe(shown);
  });
});

describe('lookups answer as Ruby does', () => {
  const user = {
    ...GUIDE_USER,
    custom_attributes: { word: 'abc', prefs: { lang: 'en', size: 'XL' }, empty: {}, list: [4, 5] },
  };
  it.each([
    ['{{ custom_attribute.${word}.size }}', '3'],
    ['{{ custom_attribute.${word}[0] }}|{{ custom_attribute.${word}.first }}|', '||'],
    ['{{ custom_attribute.${word}.length }}|', '|'],
    ['{{ custom_attribute.${prefs}.first }}', 'langen'],
    ['{{ custom_attribute.${prefs}.first | join: "=" }}', 'lang=en'],
    // A key of that name wins over the hash's own answer.
    ['{{ custom_attribute.${prefs}.size }}', 'XL'],
    ['{{ custom_attribute.${prefs}.lang }}', 'en'],
    ['{{ custom_attribute.${empty}.first }}|{{ custom_attribute.${empty}.size }}', '|0'],
    ['{{ custom_attribute.${prefs}.last }}|', '|'],
    ['{{ custom_attribute.${list}.first }}{{ custom_attribute.${list}.size }}', '42'],
    ['{{ custom_attribute.${prefs} }}', '{"lang"=>"en", "size"=>"XL"}'],
  ])('%s renders %j', async (source, output) => {
    expect(await renderBraze(source, user)).toEqual({ ok: true, output });
  });
});
