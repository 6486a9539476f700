import { dstChangesBetween, formatOffset, offsetMinutes, utcToWallClock } from '../timezones';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** `2026-03-08T02:30` → `2026-03-08 02:30`, as people read it. */
export function readable(wall: string): string {
  return wall.slice(0, 16).replace('T', ' ');
}

function clock(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16);
}

/** The offset change around `utc` in `zone`: offsets before/after and the wall-clock times the clocks jump between. */
function transition(
  utc: Date,
  zone: string,
): { before: number; after: number; from: string; to: string } | null {
  const change = dstChangesBetween(new Date(utc.getTime() - DAY), new Date(utc.getTime() + DAY), zone)[0];
  if (!change) return null;
  const before = offsetMinutes(zone, new Date(change.getTime() - MINUTE));
  const after = offsetMinutes(zone, change);
  return {
    before,
    after,
    from: clock(change.getTime() + before * MINUTE),
    to: clock(change.getTime() + after * MINUTE),
  };
}

/** Explains a wall-clock time skipped by a spring-forward change and what calendars will probably show instead. */
export function nonexistentMessage(label: string, wall: string, zone: string, utc: Date): string {
  const t = transition(utc, zone);
  const jump = t
    ? ` clocks jump from ${t.from} to ${t.to} that night (${formatOffset(t.before)} to ${formatOffset(t.after)}).`
    : ' the clocks skip it.';
  return `${label} ${readable(wall)} does not exist in ${zone}:${jump} Calendar apps will probably show ${utcToWallClock(utc, zone).slice(11)} instead, and Rokt may reject it. Pick a time outside the gap.`;
}

/** Explains a wall-clock time that happens twice (fall-back change) and which one Rokt and calendars will probably use. */
export function ambiguousMessage(label: string, wall: string, zone: string, utc: Date): string {
  const t = transition(new Date(utc.getTime() + 30 * MINUTE), zone);
  if (!t) return `${label} ${readable(wall)} happens twice in ${zone}. Pick another time to be sure.`;
  return `${label} ${readable(wall)} happens twice in ${zone}: clocks go back from ${t.from} to ${t.to} that night, so it could be ${formatOffset(t.before)} or ${formatOffset(t.after)}. Calendar apps usually take the first one (${formatOffset(t.before)}); Rokt's servers may read it as standard time (${formatOffset(Math.min(t.before, t.after))}). Pick a time outside ${t.to}–${t.from} to be sure.`;
}

/** Describes a duration in minutes as "45 minutes", "3 hours" or "2 days" for messages. */
export function describeMinutes(minutes: number): string {
  const m = Math.round(Math.abs(minutes));
  if (m >= 60 && m % 1440 === 0) return m === 1440 ? '1 day' : `${m / 1440} days`;
  if (m >= 60 && m % 60 === 0) return m === 60 ? '1 hour' : `${m / 60} hours`;
  if (m < 120) return `${m} minute${m === 1 ? '' : 's'}`;
  if (m < 48 * 60) return `${Math.round(m / 60)} hours`;
  return `${Math.round(m / 1440)} days`;
}
