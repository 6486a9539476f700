/**
 * Array filters as Ruby Liquid 5 runs them over its InputIterator: the input is flattened (a hash is
 * one item, nil is empty, anything else a one-item list), `sort` refuses values of different types,
 * `uniq`/`compact`/`sort`/`map`/`sum`/`where` read a property of each item, `first`/`last` on a
 * string give nil and on a hash its first/last `[key, value]` pair. `index` is Braze's addition.
 */
import { Drop } from 'liquidjs';
import { RubyFloat } from '../ruby-number';
import { rubyInspect, toRubyString } from '../ruby';
import { toNum } from './math';
import { argumentError, def, plain, propertyOf, toInteger } from './filter-kit';
import type { FilterFamily } from './filter-kit';
import { Decimal, float } from '../ruby-number';

const isHash = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  !(v instanceof RubyFloat) &&
  !(v instanceof Date);

/** Liquid's InputIterator: the items a filter walks. */
export function items(input: unknown): unknown[] {
  const v = plain(input);
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v.flat(Infinity);
  return [v];
}

function rubyCompare(a: unknown, b: unknown): number | null {
  const x = plain(a);
  const y = plain(b);
  const isNum = (v: unknown) => typeof v === 'number' || v instanceof RubyFloat;
  if (isNum(x) && isNum(y)) return Math.sign(Number(x) - Number(y));
  if (typeof x === 'string' && typeof y === 'string') return x < y ? -1 : x > y ? 1 : 0;
  if (Array.isArray(x) && Array.isArray(y)) {
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const c = rubyCompare(x[i], y[i]);
      if (c !== 0) return c;
    }
    return Math.sign(x.length - y.length);
  }
  return null;
}

function nilSafe(compare: (a: unknown, b: unknown) => number | null) {
  return (a: unknown, b: unknown): number => {
    const c = a === null || a === undefined || b === null || b === undefined ? null : compare(a, b);
    if (c !== null) return c;
    if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
    if (b === null || b === undefined) return -1;
    throw argumentError(
      'sort cannot order values of different types (text, numbers, lists); sort values of one type',
      'sort-types',
    );
  };
}

const caseCompare = (a: unknown, b: unknown): number => {
  const x = toRubyString(a).toLowerCase();
  const y = toRubyString(b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

function sorter(compare: (a: unknown, b: unknown) => number | null, name: string) {
  return (input: unknown, property: unknown = null): unknown[] => {
    const list = items(input);
    const key = (v: unknown) => (property === null ? v : propertyOf(v, property, name));
    return [...list].sort((a, b) => nilSafe(compare)(key(a), key(b)));
  };
}

function uniq(input: unknown, property: unknown = null): unknown[] {
  const seen = new Set<string>();
  return items(input).filter((item) => {
    const key = rubyInspect(property === null ? item : propertyOf(item, property, 'uniq'));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function first(input: unknown): unknown {
  const v = plain(input);
  if (Array.isArray(v)) return v[0] ?? null;
  if (isHash(v) && !(v instanceof Drop)) return Object.entries(v)[0] ?? null;
  return null;
}

function last(input: unknown): unknown {
  const v = plain(input);
  return Array.isArray(v) ? (v[v.length - 1] ?? null) : null; // a Ruby Hash has no `last`
}

function join(input: unknown, glue: unknown = ' '): string {
  return items(input)
    .map((v) => (isHash(v) && !(v instanceof Drop) ? rubyInspect(v) : toRubyString(v)))
    .join(toRubyString(glue));
}

function concat(input: unknown, other: unknown): unknown[] {
  if (!Array.isArray(other))
    throw argumentError('concat needs a list to add, such as a variable holding an array', 'concat-list');
  return [...items(input), ...other];
}

function map(input: unknown, property: unknown): unknown[] {
  return items(input).map((item) => propertyOf(item, property, 'map'));
}

function where(input: unknown, property: unknown, target: unknown = null): unknown[] {
  const list = items(input);
  return list.filter((item) => {
    const value = plain(propertyOf(item, property, 'where'));
    if (target === null) return value !== null && value !== false;
    return rubyCompare(value, target) === 0 || value === target;
  });
}

function sum(input: unknown, property: unknown = null): unknown {
  const values = items(input).map((item) => {
    if (property === null) return item;
    if (isHash(item)) return propertyOf(item, property, 'sum');
    const name = toRubyString(property);
    throw argumentError(`sum cannot read the property "${name}"`, 'sum-property', { property: name });
  });
  let total: number | Decimal = 0;
  let decimal = false;
  for (const v of items(values)) {
    const n = toNum(plain(v));
    if (typeof n === 'number' && typeof total === 'number') total += n;
    else {
      decimal = true;
      total = (typeof total === 'number' ? Decimal.parse(String(total)) : total).plus(
        typeof n === 'number' ? Decimal.parse(String(n)) : n,
      );
    }
  }
  return decimal && typeof total !== 'number' ? float(total.toNumber()) : total;
}

function size(input: unknown): number {
  const v = plain(input);
  if (typeof v === 'string') return Array.from(v).length;
  if (Array.isArray(v)) return v.length;
  if (typeof v === 'number' && Number.isInteger(v)) return 8;
  if (isHash(v) && !(v instanceof Drop)) return Object.keys(v).length;
  if (v instanceof Drop) return Number((v as unknown as { size?: unknown }).size ?? 0) || 0;
  return 0;
}

function index(input: unknown, at: unknown): unknown {
  const v = plain(input);
  if (!Array.isArray(v)) return null;
  const i = toInteger(at, 'index');
  return v[i < 0 ? v.length + i : i] ?? null;
}

/** join, first, last, concat, map, reverse, sort, sort_natural, uniq, compact, where, sum, size, index. */
export const ARRAY_FILTERS: FilterFamily = {
  join: def(join, 0, 1),
  first: def(first),
  last: def(last),
  concat: def(concat, 1),
  map: def(map, 1),
  reverse: def((input: unknown) => [...items(input)].reverse()),
  sort: def(sorter(rubyCompare, 'sort'), 0, 1),
  sort_natural: def(sorter(caseCompare, 'sort_natural'), 0, 1),
  uniq: def(uniq, 0, 1),
  compact: def(
    (input: unknown, property: unknown = null) =>
      items(input).filter((v) => plain(property === null ? v : propertyOf(v, property, 'compact')) !== null),
    0,
    1,
  ),
  where: def(where, 1, 2),
  sum: def(sum, 0, 1),
  size: def(size),
  index: def(index, 1),
};
