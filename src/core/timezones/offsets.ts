import { instantOffsetMinutes } from './intl-zone';
import { resolveIanaZone } from './lookup';

/** Minutes east of UTC at `instant` for a Windows id or IANA zone (DST-aware); throws RangeError if unknown. */
export function offsetMinutes(windowsIdOrIana: string, instant: Date): number {
  return instantOffsetMinutes(resolveIanaZone(windowsIdOrIana), instant);
}

/** Formats an offset in minutes as `UTC+05:30`, `UTC-03:00` or `UTC+00:00`. */
export function formatOffset(minutes: number): string {
  const rounded = Math.round(minutes);
  const sign = rounded < 0 ? '-' : '+';
  const abs = Math.abs(rounded);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `UTC${sign}${hh}:${mm}`;
}

const STEP_MS = 6 * 60 * 60 * 1000;

/**
 * Instants in (from, to] at which the zone's UTC offset changes (each is the first millisecond of the new
 * offset), ascending. Samples every 6 hours, then bisects, so two changes less than 6 hours apart that cancel
 * out would be missed (no real zone does this).
 */
export function dstChangesBetween(from: Date, to: Date, windowsIdOrIana: string): Date[] {
  const key = `${windowsIdOrIana}\u0000${from.getTime()}\u0000${to.getTime()}`;
  let changes = recentChanges.get(key);
  // Stryker disable next-line ConditionalExpression,BlockStatement: remembered answers only save time (the scan gives the same).
  if (changes) {
    recentChanges.delete(key); // most recently used last
  } else {
    changes = scanChanges(from, to, windowsIdOrIana);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: how many answers are kept changes only speed and memory.
    if (recentChanges.size >= RECENT_LIMIT) recentChanges.delete(recentChanges.keys().next().value as string);
  }
  recentChanges.set(key, changes);
  return changes.map((d) => new Date(d.getTime()));
}

/**
 * The last answers of dstChangesBetween (a few dozen): the form asks the same span (now → the event's
 * start) on every keystroke, and each answer costs one Intl call per 6 hours of it (a year: about 1,500).
 */
const recentChanges = new Map<string, Date[]>();
const RECENT_LIMIT = 64;

function scanChanges(from: Date, to: Date, windowsIdOrIana: string): Date[] {
  const zone = resolveIanaZone(windowsIdOrIana);
  const end = to.getTime();
  const changes: Date[] = [];
  let lo = from.getTime();
  if (Number.isNaN(lo) || Number.isNaN(end)) throw new RangeError('Invalid date');
  let loOffset = instantOffsetMinutes(zone, new Date(lo));
  while (lo < end) {
    const hi = Math.min(lo + STEP_MS, end);
    const hiOffset = instantOffsetMinutes(zone, new Date(hi));
    if (hiOffset !== loOffset) changes.push(new Date(bisect(zone, lo, hi, loOffset)));
    lo = hi;
    loOffset = hiOffset;
  }
  return changes;
}

/** Smallest t in (lo, hi] whose offset differs from `loOffset`. */
function bisect(zone: string, lo: number, hi: number, loOffset: number): number {
  let a = lo;
  let b = hi;
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (instantOffsetMinutes(zone, new Date(mid)) === loOffset) a = mid;
    else b = mid;
  }
  return b;
}
