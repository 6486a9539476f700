import { useMemo, useState } from 'react';
import { type CalendarEventResult, calendarEventFor, subscriberZoneOf } from '../../core/calendar';
import type { SampleUser } from '../../core/sample-user';
import type { RenderedRequest } from '../../core/template';

/** The calendar event for the sample user, in the zone picked here, else the user's time_zone, else the event's. */
export interface CalendarEventState {
  result: CalendarEventResult | null;
  /** The user's `time_zone` (IANA), or null when they have none. */
  userZone: string | null;
  pick(zone: string): void;
}

/** Computes the calendar event from the rendered request; a zone picked for one user is forgotten for the next. */
export function useCalendarEvent(rendered: RenderedRequest | null, user: SampleUser): CalendarEventState {
  const userZone = useMemo(() => subscriberZoneOf(user), [user]);
  const userId = typeof user.user_id === 'string' ? user.user_id : '';
  const [picked, setPicked] = useState<{ userId: string; zone: string } | null>(null);
  const zone = picked?.userId === userId ? picked.zone : userZone;
  const result = useMemo(() => (rendered ? calendarEventFor(rendered, zone) : null), [rendered, zone]);
  return { result, userZone, pick: (next) => setPicked({ userId, zone: next }) };
}
