import {
  addDays,
  isMidnight,
  parseWallText,
  wallDateText,
  wallSecondText,
  type WallParts,
} from '../timezones';

/** The parts of a draft's `YYYY-MM-DDTHH:mm[:ss]` (surrounding spaces allowed, no fraction), or null. */
function timedWall(text: string): WallParts | null {
  const parts = parseWallText(text.trim());
  return parts && parts.precision !== 'date' && parts.fraction === '' ? parts : null;
}

/**
 * Returns a draft wall-clock time as Rokt's `YYYY-MM-DDTHH:mm:ss` (appends `:00` when seconds are missing).
 * Text that is not a wall-clock time is returned unchanged so the preview can still show it.
 */
export function toRoktDateTime(wall: string): string {
  const parts = timedWall(wall);
  return parts ? wallSecondText(parts) : wall;
}

/** Returns the date part (`YYYY-MM-DD`) of a wall-clock time, or null when the text is not one. */
export function datePart(wall: string): string | null {
  const parts = timedWall(wall);
  return parts ? wallDateText(parts) : null;
}

/**
 * Returns the `start` and `end` Rokt receives.
 * Timed events: the wall-clock times with seconds. All-day events: midnight of the start date and midnight
 * AFTER the end date (exclusive end, as iCalendar and Google Calendar store all-day events), so a one-day
 * event on 21 Feb is sent as 2027-02-21T00:00:00 → 2027-02-22T00:00:00. Rokt does not document this case.
 */
export function roktEventTimes(draft: { start: string; end: string; allDay: boolean }): {
  start: string;
  end: string;
} {
  if (draft.allDay) {
    const startDate = datePart(draft.start);
    const endDate = datePart(draft.end);
    if (startDate && endDate) {
      return { start: `${startDate}T00:00:00`, end: `${addDays(endDate, 1)}T00:00:00` };
    }
  }
  return { start: toRoktDateTime(draft.start), end: toRoktDateTime(draft.end) };
}

/** Reverses roktEventTimes for an all-day event: Rokt's exclusive end midnight back to the last day shown. */
export function draftAllDayEnd(roktEnd: string): string {
  const parts = timedWall(roktEnd);
  if (!parts || !isMidnight(parts)) return roktEnd;
  return `${addDays(wallDateText(parts), -1)}T00:00`;
}
