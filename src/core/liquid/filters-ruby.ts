/**
 * Filters whose liquidjs behaviour differs from Braze's Ruby Liquid, re-implemented on purpose:
 * - `first` / `last` on a string give nil (Ruby strings have no `first`); on arrays the element.
 * - `join` on nil or a missing attribute gives '' (so `["{{ids | join: '","'}}"]` renders `[""]`).
 * - `date` formats in UTC unless `time_zone` ran first; `'now'` is RenderOptions.now; a date-time
 *   string without an offset is read as UTC (Braze's servers run in UTC).
 * - `time_zone: 'America/New_York'` or `time_zone: '+05:30'` shifts a time into that zone.
 */
import { filters as liquidFilters } from 'liquidjs';
import type { FilterImplOptions } from 'liquidjs';
import { BrazeContext, ZonedTime, toRubyString } from './ruby';

// liquidjs types a filter's `this` (FilterImpl) only through the handler type.
type FilterHandler = Extract<FilterImplOptions, (...args: never[]) => unknown>;
type FilterThis = ThisParameterType<FilterHandler>;
const liquidDate = liquidFilters['date'] as FilterHandler;

const NO_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const OFFSET = /^([+-])(\d{1,2}):?(\d{2})?$/;
const validZones = new Map<string, boolean>();

function nowOf(ctx: unknown): Date {
  return ctx instanceof BrazeContext ? ctx.now : new Date();
}

/** Turn a Liquid value into a Date (or leave it for liquidjs to reject). */
function normaliseTime(v: unknown, ctx: unknown): unknown {
  if (v === 'now' || v === 'today') return nowOf(ctx);
  if (typeof v === 'string' && NO_OFFSET.test(v.trim())) return new Date(`${v.trim().replace(' ', 'T')}Z`);
  return v;
}

/** Minutes WEST of UTC for an offset string, the IANA name itself, or an Error for anything else. */
function parseZone(zone: string): string | number | Error {
  const m = OFFSET.exec(zone.trim());
  if (m) return -(m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  let ok = validZones.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    validZones.set(zone, ok);
  }
  return ok
    ? zone
    : new Error(
        `"${zone}" is not a time zone: use an IANA name like America/New_York or an offset like +05:30`,
      );
}

function date(this: FilterThis, v: unknown, format?: unknown): unknown {
  if (v instanceof ZonedTime) return liquidDate.call(this, v.date, format, v.zone);
  return liquidDate.call(this, normaliseTime(v, this.context), format);
}

function timeZone(this: FilterThis, v: unknown, zone: unknown): unknown {
  const parsed = parseZone(toRubyString(zone));
  if (parsed instanceof Error) throw parsed;
  const base = v instanceof ZonedTime ? v.date : normaliseTime(v, this.context);
  const instant =
    base instanceof Date ? base
    : typeof base === 'number' ? new Date(base * 1000)
    : typeof base === 'string' && /^\d+$/.test(base) ? new Date(Number(base) * 1000)
    : typeof base === 'string' ? new Date(base)
    : undefined; // prettier-ignore
  return instant && !Number.isNaN(instant.getTime()) ? new ZonedTime(instant, parsed) : v;
}

const rubyFirst = (v: unknown): unknown => (Array.isArray(v) ? v[0] : undefined);
const rubyLast = (v: unknown): unknown => (Array.isArray(v) ? v[v.length - 1] : undefined);

function join(v: unknown, glue: unknown = ' '): string {
  if (v === null || v === undefined) return '';
  if (!Array.isArray(v)) return toRubyString(v);
  return v.map(toRubyString).join(toRubyString(glue));
}

/** Prints what `{{ }}` shows for a value; the engine's outputEscape (time zones use liquidjs `date`). */
export function printValue(this: FilterThis, v: unknown): string {
  if (v instanceof ZonedTime) return String(liquidDate.call(this, v.date, '%Y-%m-%d %H:%M:%S %z', v.zone));
  return toRubyString(v);
}

/** Filters replaced to follow Braze's Ruby semantics, by name. */
export const RUBY_FILTERS: Record<string, FilterImplOptions> = {
  date,
  time_zone: timeZone,
  first: rubyFirst,
  last: rubyLast,
  join,
};
