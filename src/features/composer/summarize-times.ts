import type { DraftTiming } from '../../core/event';
import type { Issue } from '../../core/issues';
import {
  dstChangesBetween,
  formatOffset,
  offsetMinutes,
  utcToWallClock,
  wallClockToUtc,
} from '../../core/timezones';
import { formatDay, formatMinutes, formatWall, utcWall } from './format-times';

/** One row of the time summary table. */
export interface TimeRow {
  key: string;
  label: string;
  start: string;
  end: string;
  /** Set for subscriber zones the marketer added (they can remove it). */
  removableZone?: string;
}

/** Everything the time summary shows, already formatted. */
export interface TimeSummaryView {
  rows: TimeRow[];
  reminder: string | null;
  warnings: Issue[];
  unavailable: string | null;
}

const TIME_PATHS = new Set(['start', 'end', 'timezone', 'notifyBefore']);

const safe = <T>(fn: () => T): T | null => {
  try {
    return fn();
  } catch {
    return null;
  }
};

function zoneRow(key: string, label: string, zone: string, start: Date, end: Date | null, dateOnly: boolean) {
  const offset = safe(() => formatOffset(offsetMinutes(zone, start)));
  const startWall = safe(() => utcToWallClock(start, zone));
  const endWall = end ? safe(() => utcToWallClock(end, zone)) : null;
  if (offset === null || startWall === null) return null;
  return {
    key,
    label: `${label} (${offset})`,
    start: formatWall(startWall, dateOnly),
    end: endWall ? formatWall(endWall, dateOnly) : '—',
  };
}

/** Formats the draft's start/end/reminder in the event zone, UTC, the browser zone and extra zones. */
export function summarizeTimes(
  draft: DraftTiming,
  draftIssues: Issue[],
  extraZones: string[],
  now: Date,
  browserZone: string,
): TimeSummaryView {
  const warnings = draftIssues.filter((i) => TIME_PATHS.has(i.path));
  const start = safe(() => wallClockToUtc(draft.start, draft.timezone));
  if (!start) {
    return {
      rows: [],
      reminder: null,
      warnings,
      unavailable: 'Enter a valid start and pick a timezone to see when the event happens around the world.',
    };
  }
  const end = safe(() => wallClockToUtc(draft.end, draft.timezone))?.utc ?? null;
  const dateOnly = draft.allDay;
  const rows: TimeRow[] = [
    zoneRow('event', `Event zone: ${draft.timezone}`, draft.timezone, start.utc, end, dateOnly),
    {
      key: 'utc',
      label: 'UTC',
      start: formatWall(utcWall(start.utc), dateOnly),
      end: end ? formatWall(utcWall(end), dateOnly) : '—',
    },
    zoneRow('mine', `Your zone: ${browserZone}`, browserZone, start.utc, end, dateOnly),
    ...extraZones.map((zone) => {
      const row = zoneRow(`zone-${zone}`, zone, zone, start.utc, end, dateOnly);
      return row ? { ...row, removableZone: zone } : null;
    }),
  ].filter((row): row is TimeRow => row !== null);

  const minutes = draft.notifyBefore;
  let reminder: string | null = null;
  if (Number.isFinite(minutes) && minutes >= 0) {
    const fires = new Date(start.utc.getTime() - minutes * 60_000);
    const local = safe(() => utcToWallClock(fires, draft.timezone));
    const when = `${local ? formatWall(local) : ''} event time (${formatWall(utcWall(fires))} UTC)`;
    reminder =
      minutes === 0
        ? `The reminder fires at the start: ${when}.`
        : `The reminder fires ${formatMinutes(minutes)} before: ${when}.`;
  }

  if (start.utc.getTime() > now.getTime()) {
    const changes = safe(() => dstChangesBetween(now, start.utc, draft.timezone)) ?? [];
    const first = changes[0];
    if (first) {
      const today = safe(() => formatOffset(offsetMinutes(draft.timezone, now)));
      const then = safe(() => formatOffset(offsetMinutes(draft.timezone, start.utc)));
      const more =
        changes.length > 1 ? ` (and ${changes.length - 1} more change${changes.length > 2 ? 's' : ''})` : '';
      warnings.push({
        code: 'time.dst-change',
        path: 'start',
        severity: 'warning',
        message: `Clocks change in ${draft.timezone} on ${formatDay(first)}${more} before the event: the offset is ${today} today but ${then} on the event date. The times above already use the event date’s offset.`,
      });
    }
  }
  return { rows, reminder, warnings, unavailable: null };
}
