import { occurrenceOf, type DraftTiming } from '../event';
import type { Issue, IssueFix } from '../issues';
import {
  addWallMinutes,
  clockChangeNear,
  firstValidWallAfter,
  formatOffset,
  utcToWallClock,
  wallMinutesBetween,
} from '../timezones';
import { describeMinutes, readable } from './draft-time-notes';

type Key = 'start' | 'end';
const LABEL: Record<Key, string> = { start: 'Start', end: 'End' };
const MINUTE = 60_000;

/** `03:00` when `wall` is on the same day as `like`, else `2027-03-15 03:00`. */
function shortWall(wall: string, like: string): string {
  return wall.slice(0, 10) === like.slice(0, 10) ? wall.slice(11, 16) : readable(wall);
}

function fixesFor(draft: DraftTiming, key: Key, firstValid: string, startUtc: Date | null): IssueFix[] {
  const duration = wallMinutesBetween(draft.start, draft.end);
  const fixes: IssueFix[] = [];
  const add = (fix: IssueFix) => {
    if (!fixes.some((f) => f.set.start === fix.set.start && f.set.end === fix.set.end)) fixes.push(fix);
  };
  if (key === 'start') {
    const endStillAfter = (wallMinutesBetween(firstValid, draft.end) ?? 0) > 0;
    const keptEnd = duration !== null && duration >= 0 ? addWallMinutes(firstValid, duration) : null;
    add({
      code: 'first-valid-time',
      label: `Start at ${shortWall(firstValid, draft.start)}`,
      set: endStillAfter || !keptEnd ? { start: firstValid } : { start: firstValid, end: keptEnd },
      params: { start: shortWall(firstValid, draft.start) },
    });
    if (keptEnd && duration !== null) {
      add({
        code: 'keep-duration',
        label: `Start at ${shortWall(firstValid, draft.start)}, end at ${shortWall(keptEnd, draft.start)} (keeps ${describeMinutes(duration)})`,
        set: { start: firstValid, end: keptEnd },
        params: {
          start: shortWall(firstValid, draft.start),
          end: shortWall(keptEnd, draft.start),
          minutes: duration,
        },
      });
    }
    return fixes;
  }
  add({
    code: 'first-valid-time',
    label: `End at ${shortWall(firstValid, draft.end)}`,
    set: { end: firstValid },
    params: { end: shortWall(firstValid, draft.end) },
  });
  if (startUtc && duration !== null && duration > 0) {
    const kept = utcToWallClock(new Date(startUtc.getTime() + duration * MINUTE), draft.timezone);
    add({
      code: 'keep-duration',
      label: `End at ${shortWall(kept, draft.end)} (keeps ${describeMinutes(duration)})`,
      set: { end: kept },
      params: { end: shortWall(kept, draft.end), minutes: duration },
    });
  }
  return fixes;
}

/**
 * A wall time the clocks skip (spring forward) is an error: it names the jump and offers two fixes, move to
 * the first time that exists, or move there and keep the event's length.
 */
export function nonexistentIssue(
  draft: DraftTiming,
  key: Key,
  shiftedUtc: Date,
  startUtc: Date | null,
): Issue {
  const wall = draft[key];
  const change = clockChangeNear(shiftedUtc, draft.timezone);
  const firstValid = firstValidWallAfter(wall, draft.timezone);
  const jump = change
    ? ` clocks jump from ${change.wallBefore.slice(11)} to ${change.wallAfter.slice(11)} that night (${formatOffset(change.offsetBefore)} to ${formatOffset(change.offsetAfter)}).`
    : ' the clocks skip it.';
  return {
    code: `draft.${key}-nonexistent`,
    path: key,
    field: 'draft',
    severity: 'error',
    message: `${LABEL[key]} ${readable(wall)} does not exist in ${draft.timezone}:${jump} Calendars cannot show it; pick a time outside the gap or one of the fixes.`,
    params: {
      wall: readable(wall),
      zone: draft.timezone,
      ...(firstValid ? { firstValid } : {}),
      ...(change
        ? {
            from: change.wallBefore.slice(11),
            to: change.wallAfter.slice(11),
            offsetBefore: formatOffset(change.offsetBefore),
            offsetAfter: formatOffset(change.offsetAfter),
          }
        : {}),
    },
    fixes: firstValid ? fixesFor(draft, key, firstValid, startUtc) : [],
  };
}

/**
 * A wall time that happens twice (fall back) is a warning that says which one is used (the marketer's
 * choice, earlier by default as RFC 5545) and what the other one would be.
 */
export function ambiguousIssue(draft: DraftTiming, key: Key, earlierUtc: Date): Issue {
  const wall = draft[key];
  const chosen = occurrenceOf(draft, key);
  const change = clockChangeNear(new Date(earlierUtc.getTime() + 30 * MINUTE), draft.timezone);
  const earlier = change ? formatOffset(change.offsetBefore) : '';
  const later = change ? formatOffset(change.offsetAfter) : '';
  const back = change
    ? ` clocks go back from ${change.wallBefore.slice(11)} to ${change.wallAfter.slice(11)} that night, so it can be ${earlier} or ${later}.`
    : '';
  const using =
    chosen === 'earlier'
      ? ` Using the earlier one (${earlier}), as calendar apps and RFC 5545 do.`
      : ` Using the later one (${later}) as you chose; Rokt receives ${wall.slice(11, 16)} without an offset, and calendars that follow RFC 5545 may show the earlier one.`;
  return {
    code: `draft.${key}-ambiguous`,
    path: key,
    field: 'draft',
    severity: 'warning',
    message: `${LABEL[key]} ${readable(wall)} happens twice in ${draft.timezone}:${back}${using}`,
    params: {
      wall: wall.slice(11, 16),
      day: readable(wall),
      zone: draft.timezone,
      earlier,
      later,
      chosen,
      ...(change ? { from: change.wallBefore.slice(11), to: change.wallAfter.slice(11) } : {}),
    },
  };
}

/** A warning when the event's real length differs from what its clock times suggest (a change inside it). */
export function durationIssue(draft: DraftTiming, start: Date, end: Date): Issue | null {
  const wallMinutes = wallMinutesBetween(draft.start, draft.end);
  const realMinutes = Math.round((end.getTime() - start.getTime()) / MINUTE);
  if (wallMinutes === null || wallMinutes === realMinutes || realMinutes <= 0) return null;
  const change = clockChangeNear(end, draft.timezone) ?? clockChangeNear(start, draft.timezone);
  const why = change
    ? ` because clocks ${change.offsetAfter < change.offsetBefore ? 'go back' : 'jump forward'} at ${change.wallBefore.slice(11)} that night`
    : '';
  return {
    code: 'draft.duration-differs',
    path: 'end',
    field: 'draft',
    severity: 'warning',
    message: `The event lasts ${describeMinutes(realMinutes)}, not the ${describeMinutes(wallMinutes)} its clock times suggest${why}. Check the end.`,
    params: {
      realMinutes,
      wallMinutes,
      ...(change
        ? {
            dir: change.offsetAfter < change.offsetBefore ? 'back' : 'forward',
            at: change.wallBefore.slice(11),
          }
        : {}),
    },
  };
}
