/**
 * `date` (Ruby strftime, in UTC unless `time_zone` ran first) and Braze's `time_zone` (IANA name or
 * offset). Input is read as Ruby Liquid reads it: 'now'/'today' (RenderOptions.now), seconds since the
 * epoch, or a date text (without a zone it is UTC, Braze's servers' zone); anything else is returned
 * unchanged, as is the input when the format is empty or missing.
 */
import { BrazeContext, ZonedTime } from '../ruby';
import { strftime } from '../strftime';
import { knownZone, wallTime } from '../wall-time';
import { argumentError, def, plain, rubyToS } from './filter-kit';
import type { FilterFamily, FilterThis } from './filter-kit';

const OFFSET = /^([+-])(\d{1,2}):?(\d{2})?$/;
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2}|\b(?:UTC|GMT|[ECMP][SD]T)\b)\s*$/i;
/** Ruby Liquid's `Utils.to_date`, with Braze's clock: a Date, or null when `v` is not a time. */
function toDate(v: unknown, now: Date): Date | null {
  if (v instanceof Date) return v;
  if (typeof v === 'number') return Number.isFinite(v) ? new Date(Math.trunc(v) * 1000) : null;
  if (typeof v !== 'string' || v === '') return null;
  const text = v.trim();
  if (/^(now|today)$/i.test(text)) return now;
  if (/^\d+$/.test(text)) return new Date(Number(text) * 1000);
  const iso =
    /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
  const ms = iso
    ? Date.parse(
        `${iso[1]}T${iso[2] ?? '00:00:00'}${(iso[3] ?? 'Z').replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`,
      )
    : Date.parse(HAS_ZONE.test(text) ? text : `${text} UTC`);
  return Number.isNaN(ms) ? null : new Date(ms);
}

function nowOf(self: FilterThis): Date {
  return self.context instanceof BrazeContext ? self.context.now : new Date();
}

function date(this: FilterThis, input: unknown, format: unknown): unknown {
  const fmt = rubyToS(plain(format));
  if (fmt === '') return input;
  if (input instanceof ZonedTime) return strftime(wallTime(input.date, input.zone), fmt);
  const d = toDate(plain(input), nowOf(this));
  return d ? strftime(wallTime(d), fmt) : input;
}

/** Minutes east of UTC for an offset text, or the IANA name when the runtime knows it. */
function parseZone(zone: string): string | number {
  const m = OFFSET.exec(zone.trim());
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  if (knownZone(zone)) return zone;
  throw argumentError(
    `"${zone}" is not a time zone: use an IANA name like America/New_York or an offset like +05:30`,
    'time-zone',
    { zone },
  );
}

function timeZone(this: FilterThis, input: unknown, zone: unknown): unknown {
  const parsed = parseZone(rubyToS(plain(zone)));
  const d = input instanceof ZonedTime ? input.date : toDate(plain(input), nowOf(this));
  return d ? new ZonedTime(d, parsed) : input;
}

/** date, time_zone. */
export const DATE_FILTERS: FilterFamily = {
  date: def(date, 1),
  time_zone: def(timeZone, 1),
};
