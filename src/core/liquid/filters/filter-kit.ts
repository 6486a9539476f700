/**
 * What every filter family shares: the definition shape (function plus how many arguments Ruby
 * accepts), the `this` liquidjs gives a filter, and Ruby's conversions (`to_s`, `to_integer`).
 */
import { Drop } from 'liquidjs';
import type { FilterImplOptions } from 'liquidjs';
import { BrazeProblemError } from '../errors';
import { RubyFloat } from '../ruby-number';
import { rubyInspect, toRubyString } from '../ruby';

// liquidjs types a filter's `this` (FilterImpl) only through the handler type.
type FilterHandler = Extract<FilterImplOptions, (...args: never[]) => unknown>;
/** The `this` of a filter: the render context and the filter's token. */
export type FilterThis = ThisParameterType<FilterHandler>;

/**
 * A filter: its function (input first, then positional arguments, then keyword arguments as one
 * hash, as Ruby passes them) and how many arguments it takes, counting that hash.
 */
export interface FilterDef {
  // `this` is typed loosely so families can be plain functions; `unknown[]` arguments are Ruby values.
  fn: (this: FilterThis, input: unknown, ...args: unknown[]) => unknown;
  /** Fewest and most positional arguments Ruby accepts. */
  min: number;
  max: number;
}

/** A family of filters by name (one file each, as liquidjs's src/filters does). */
export type FilterFamily = Record<string, FilterDef>;

/** Define a filter taking `min` to `max` positional arguments. */
export function def(
  fn: (this: FilterThis, input: unknown, ...args: never[]) => unknown,
  min = 0,
  max = min,
): FilterDef {
  return { fn: fn as FilterDef['fn'], min, max };
}

/** The value a filter works on: nil for undefined, liquidjs's nil/empty/blank drops unwrapped. */
export function plain(v: unknown): unknown {
  if (v === undefined) return null;
  if (v instanceof RubyFloat || !(v instanceof Drop)) return v;
  const inner = (v as { valueOf(): unknown }).valueOf();
  return inner === v ? v : plain(inner);
}

/** Ruby `to_s` as the string filters apply it: arrays and hashes in their inspect form. */
export function rubyToS(v: unknown): string {
  if (Array.isArray(v)) return rubyInspect(v);
  return toRubyString(v);
}

/** Liquid's `Utils.to_integer`: integers pass, anything else must read as a whole number. */
export function toInteger(v: unknown, filter: string): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  const text = toRubyString(v).trim().replace(/_/g, '');
  if (/^[+-]?\d+$/.test(text)) return Number(text);
  const value = JSON.stringify(toRubyString(v));
  throw argumentError(`${filter} needs a whole number, not ${value}`, 'whole-number', { filter, value });
}

/**
 * The error a filter raises when its input or arguments do not fit (Ruby `Liquid::ArgumentError`): `v` names
 * the kind and `params` its values, so the interface words it in any language.
 */
export function argumentError(
  message: string,
  v: string,
  params: Record<string, string | number> = {},
): BrazeProblemError {
  return new BrazeProblemError('liquid.render', `${message}.`, { v, ...params });
}

/** Ruby `Hash#[]`/`Array#[]` lookup for filters that read a property of each item. */
export function propertyOf(item: unknown, key: unknown, filter: string): unknown {
  if (item === null || item === undefined) return null;
  if (item instanceof Drop) return (item as unknown as Record<string, unknown>)[String(key)] ?? null;
  if (typeof item === 'object' && !Array.isArray(item)) {
    const k = toRubyString(key);
    return Object.prototype.hasOwnProperty.call(item, k) ? (item as Record<string, unknown>)[k] : null;
  }
  if (typeof item === 'string') return item.includes(toRubyString(key)) ? toRubyString(key) : null;
  const [name, of] = [toRubyString(key), rubyInspect(item)];
  throw argumentError(`${filter} cannot read "${name}" of ${of}`, 'property', {
    filter,
    key: name,
    item: of,
  });
}
