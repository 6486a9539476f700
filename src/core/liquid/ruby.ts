/**
 * Ruby (Shopify Liquid) semantics that liquidjs does not share, decided deliberately:
 * - Printing a hash gives Ruby's inspect form `{"a"=>1, "b"=>nil}` (what Braze prints), so the
 *   marketer sees it is not JSON and reaches for `as_json_string`.
 * - Printing an array joins its elements' printed forms with nothing between them (Ruby `Array#join`).
 * - nil, `empty` and `blank` print as ''; booleans as `true`/`false`; floats as Ruby prints them
 *   (`12.0`, `1.0e+16`); a time as `2024-03-10 12:00:00 UTC`.
 * - Indexing a string (`"abc"[0]`, `s.first`, `s.last`) gives nil; only `.size` works on strings.
 * - A hash answers `.first` (its first `[key, value]` pair) and `.size`.
 */
import { Context, Drop } from 'liquidjs';
import type { Liquid } from 'liquidjs';
import { RubyFloat, formatFloat, formatInteger } from './ruby-number';
import { strftime } from './strftime';
import type { ConnectedContentResolver } from './types';
import { wallTime } from './wall-time';

/** A time already shifted into a zone by the `time_zone` filter. */
export class ZonedTime {
  constructor(
    readonly date: Date,
    /** IANA name, or minutes EAST of UTC. */
    readonly zone: string | number,
  ) {}
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  !(v instanceof Date) &&
  !(v instanceof ZonedTime) &&
  !(v instanceof Drop);

/** Ruby `inspect` of a value, as Braze shows a hash or a value nested in one. */
export function rubyInspect(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(rubyInspect).join(', ')}]`;
  if (isPlainObject(value)) {
    const pairs = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}=>${rubyInspect(v)}`);
    return `{${pairs.join(', ')}}`;
  }
  if (value instanceof Drop && !(value instanceof RubyFloat)) {
    const inner = (value as { valueOf(): unknown }).valueOf();
    if (inner !== value) return rubyInspect(inner);
  }
  return toRubyString(value);
}

/** What Braze prints for a value in `{{ }}` (Ruby `to_s`, arrays joined). */
export function toRubyString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? formatInteger(value) : formatFloat(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof RubyFloat) return formatFloat(value.value);
  if (Array.isArray(value)) return value.map(toRubyString).join('');
  if (value instanceof Date) return strftime(wallTime(value), '%Y-%m-%d %H:%M:%S UTC');
  if (value instanceof ZonedTime) return strftime(wallTime(value.date, value.zone), '%Y-%m-%d %H:%M:%S %z');
  if (value instanceof Drop) {
    const inner = (value as { valueOf(): unknown }).valueOf();
    return inner === value ? '' : toRubyString(inner);
  }
  if (isPlainObject(value)) return rubyInspect(value);
  return String(value);
}

type Scope = Record<string, unknown>;

/** Render context carrying the preview's clock and Connected Content resolver, with Ruby lookups. */
export class BrazeContext extends Context {
  constructor(
    env: Scope,
    liquid: Liquid,
    readonly now: Date,
    readonly resolver: ConnectedContentResolver,
    sync: boolean,
  ) {
    super(env, liquid.options, { sync }, { liquid });
  }

  /** Ruby lookup: strings only answer `size`; everything else defers to liquidjs. */
  override readProperty(obj: Scope, key: Parameters<Context['readProperty']>[1]): unknown {
    if (typeof obj === 'string') {
      return key === 'size' ? (obj as string).length : undefined;
    }
    if (isPlainObject(obj) && typeof key === 'string' && !Object.prototype.hasOwnProperty.call(obj, key)) {
      // Ruby answers `first` and `size` on a hash (`last` is not a Hash method).
      if (key === 'first') return Object.entries(obj)[0] ?? undefined;
      if (key === 'size') return Object.keys(obj).length;
    }
    return super.readProperty(obj, key);
  }
}
