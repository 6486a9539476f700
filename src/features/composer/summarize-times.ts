import { plural, t } from '@lingui/core/macro';
import { fieldLabel } from '../../ui/field-labels';
import { occurrenceOf, type DraftTiming } from '../../core/event';
import type { Issue } from '../../core/issues';
import {
  dstChangesBetween,
  formatOffset,
  offsetMinutes,
  resolveWallClock,
  utcToWallClock,
} from '../../core/timezones';
import { formatMinutes, formatWall, utcWall } from './format-times';

/** One row of the time summary table. */
interface TimeRow {
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

/** Every sentence the summary builds, in one place, in the active language (read when built). */
const TEXT = {
  get unavailable() {
    return t`Enter a valid start and pick a timezone to see when the event happens around the world.`;
  },
  skipped: (label: string, wall: string, zone: string) => {
    const time = wall.replace('T', ' ');
    return t`${label} ${time} does not exist in ${zone} (the clocks skip it): pick one of the fixes under ${label} to see when the event happens.`;
  },
  clocksChange: (zone: string, day: string, more: number, today: string, then: string) =>
    more > 0
      ? t`Clocks change in ${zone} on ${day} (and ${plural(more, { one: '# more change', other: '# more changes' })}) before the event: the offset is ${today} today and ${then} on the event date. The times above already use the event date’s offset.`
      : t`Clocks change in ${zone} on ${day} before the event: the offset is ${today} today and ${then} on the event date. The times above already use the event date’s offset.`,
  eventZone: (zone: string) => t`Event zone: ${zone}`,
  yourZone: (zone: string) => t`Your zone: ${zone}`,
  when: (local: string, utc: string) => t`${local} event time (${utc} UTC)`,
  firesAtStart: (when: string) => t`The reminder fires at the start: ${when}.`,
  firesBefore: (before: string, when: string) => t`The reminder fires ${before} before: ${when}.`,
};

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

/** The view with the time checks among `draftIssues` listed first in its warnings, as summarizeTimes does. */
export function withTimeChecks(view: TimeSummaryView, draftIssues: Issue[]): TimeSummaryView {
  const checks = draftIssues.filter((i) => TIME_PATHS.has(i.path));
  return checks.length === 0 ? view : { ...view, warnings: [...checks, ...view.warnings] };
}

/** Formats the draft's start/end/reminder in the event zone, UTC, the browser zone and extra zones. */
export function summarizeTimes(
  draft: DraftTiming,
  draftIssues: Issue[],
  extraZones: string[],
  now: Date,
  browserZone: string,
  // The language the summary is worded in (already active; passed so that a switch builds it again).
  _locale?: string,
): TimeSummaryView {
  const warnings = draftIssues.filter((i) => TIME_PATHS.has(i.path));
  const start = safe(() => resolveWallClock(draft.start, draft.timezone, occurrenceOf(draft, 'start')));
  if (!start) return { rows: [], reminder: null, warnings, unavailable: TEXT.unavailable };
  const endResult = safe(() => resolveWallClock(draft.end, draft.timezone, occurrenceOf(draft, 'end')));
  // A time the clocks skip has no instant: the summary does not pretend it does (the field offers fixes).
  for (const [label, wall, r] of [
    [fieldLabel('start'), draft.start, start],
    [fieldLabel('end'), draft.end, endResult],
  ] as const) {
    if (!draft.allDay && r?.status === 'nonexistent') {
      return {
        rows: [],
        reminder: null,
        warnings,
        unavailable: TEXT.skipped(label, wall.slice(0, 16), draft.timezone),
      };
    }
  }
  const end = endResult?.utc ?? null;
  const dateOnly = draft.allDay;
  const rows: TimeRow[] = [
    zoneRow('event', TEXT.eventZone(draft.timezone), draft.timezone, start.utc, end, dateOnly),
    {
      key: 'utc',
      label: 'UTC',
      start: formatWall(utcWall(start.utc), dateOnly),
      end: end ? formatWall(utcWall(end), dateOnly) : '—',
    },
    zoneRow('mine', TEXT.yourZone(browserZone), browserZone, start.utc, end, dateOnly),
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
    const when = TEXT.when(local ? formatWall(local) : '', formatWall(utcWall(fires)));
    reminder = minutes === 0 ? TEXT.firesAtStart(when) : TEXT.firesBefore(formatMinutes(minutes), when);
  }

  if (start.utc.getTime() > now.getTime()) {
    const changes = safe(() => dstChangesBetween(now, start.utc, draft.timezone)) ?? [];
    const first = changes[0];
    const today = safe(() => formatOffset(offsetMinutes(draft.timezone, now)));
    const then = safe(() => formatOffset(offsetMinutes(draft.timezone, start.utc)));
    // A note that says nothing (clocks changed and changed back) is not shown.
    const localDay = first ? safe(() => utcToWallClock(first, draft.timezone)) : null;
    if (first && localDay && today && then && today !== then) {
      const more = changes.length - 1;
      warnings.push({
        code: 'time.dst-change',
        path: 'start',
        severity: 'warning',
        message: TEXT.clocksChange(draft.timezone, formatWall(localDay, true), more, today, then),
        params: { zone: draft.timezone, day: localDay.slice(0, 10), today, then },
      });
    }
  }
  return { rows, reminder, warnings, unavailable: null };
}
