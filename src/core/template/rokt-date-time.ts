const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Returns a draft wall-clock time as Rokt's `YYYY-MM-DDTHH:mm:ss` (appends `:00` when seconds are missing).
 * Text that is not a wall-clock time is returned unchanged so the preview can still show it.
 */
export function toRoktDateTime(wall: string): string {
  const m = WALL.exec(wall.trim());
  if (!m) return wall;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}`;
}

/** Returns the date part (`YYYY-MM-DD`) of a wall-clock time, or null when the text is not one. */
export function datePart(wall: string): string | null {
  const m = WALL.exec(wall.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Returns the calendar date `days` after a `YYYY-MM-DD` date (pure calendar arithmetic, no timezone). */
export function addDays(date: string, days: number): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d + days)).toISOString().slice(0, 10);
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
  const date = datePart(roktEnd);
  if (!date || !/T00:00(:00)?$/.test(roktEnd.trim())) return roktEnd;
  return `${addDays(date, -1)}T00:00`;
}
