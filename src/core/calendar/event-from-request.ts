import type { RenderedRequest } from '../template';
import { type RoktEvent, RoktEventSchema } from '../validate';
import type { CalendarFailure } from './types';

/** The Rokt event fields a calendar needs, read from the rendered request. */
export interface SentEvent {
  eventId: string;
  title: string;
  description: string;
  location: string;
  start: string;
  end: string | null;
  timezone: string;
  allDay: boolean;
  /** Minutes before the start, or null when no reminder was sent. */
  notifyBefore: number | null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fromRokt(e: RoktEvent): SentEvent {
  const notify = e.notifyBefore === null || e.notifyBefore === undefined ? null : Number(e.notifyBefore);
  return {
    eventId: e.eventId,
    title: e.title,
    description: e.description ?? '',
    location: e.location ?? '',
    start: e.start,
    end: typeof e.end === 'string' ? e.end : null,
    timezone: e.timezone,
    allDay: e.allDayEvent === true,
    notifyBefore: notify !== null && Number.isFinite(notify) ? notify : null,
  };
}

/**
 * Reads the event Rokt would receive from a rendered request (create body, nested or flat update body), or
 * says why no calendar would show one: the send is aborted, the request has errors, or the body has no event.
 */
export function sentEventOf(rendered: RenderedRequest): { ok: true; event: SentEvent } | CalendarFailure {
  if (rendered.aborted) {
    const { reason } = rendered.aborted;
    return {
      ok: false,
      reason: `Braze would not send to this user: ${reason}`,
      problem: { code: 'aborted', reason },
    };
  }
  const firstError = rendered.errors[0];
  if (firstError) {
    return {
      ok: false,
      reason: `Rokt would reject this request, so no calendar shows it: ${firstError.message}`,
      problem: { code: 'rejected', issue: firstError },
    };
  }
  const body = rendered.json;
  if (!isObject(body))
    return { ok: false, reason: 'The rendered body is not a JSON object.', problem: { code: 'not-object' } };
  const candidate = isObject(body.event) ? body.event : body;
  const parsed = RoktEventSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'event';
    const detail = issue?.message ?? 'invalid';
    return {
      ok: false,
      reason: `The rendered event is not valid (${where}: ${detail}).`,
      problem: { code: 'invalid-event', where, detail },
    };
  }
  return { ok: true, event: fromRokt(parsed.data) };
}
