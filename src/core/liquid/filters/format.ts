/** `default` (Liquid 5, with `allow_false:`), and Braze's `number_with_delimiter` and `money`. */
import { Drop } from 'liquidjs';
import { RubyFloat } from '../ruby-number';
import { toNum } from './math';
import { def, plain, rubyToS } from './filter-kit';
import type { FilterFamily } from './filter-kit';

function isEmpty(v: unknown): boolean {
  if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object' && v !== null && !(v instanceof Drop) && !(v instanceof Date))
    return Object.keys(v).length === 0;
  return false;
}

/** Ruby's `default`: nil, false (unless `allow_false: true`) and empty values give the fallback. */
function fallback(input: unknown, value: unknown = '', options: unknown = {}): unknown {
  const allowFalse =
    typeof options === 'object' &&
    options !== null &&
    (options as Record<string, unknown>)['allow_false'] === true;
  const v = plain(input);
  const missing = allowFalse ? v === null : v === null || v === false;
  return missing || isEmpty(v) ? value : input;
}

/** `number_with_delimiter`: 1234567.5 -> `1,234,567.5`. */
function numberWithDelimiter(input: unknown): string {
  const text = rubyToS(input);
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(text.trim());
  if (!m) return text;
  return `${m[1]}${m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
}

/** `money`: Braze formats numbers with two decimals (`145` -> `145.00`). */
function money(input: unknown): string {
  const v = plain(input);
  if (typeof v !== 'number' && !(v instanceof RubyFloat) && !/^\s*-?\d/.test(rubyToS(v))) return rubyToS(v);
  const n = toNum(v);
  return (typeof n === 'number' ? n : n.round(2).toNumber()).toFixed(2);
}

/** default, number_with_delimiter, money. */
export const FORMAT_FILTERS: FilterFamily = {
  default: def(fallback, 0, 2),
  number_with_delimiter: def(numberWithDelimiter),
  money: def(money),
};
