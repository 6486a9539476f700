import { defaultDraft } from '../event';
import type { Draft, DraftOptions } from '../event';

type Bag = Record<string, unknown>;

const isBag = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);

/** A number as typed (NaN for an emptied input, so the template never falls back silently); fallback when absent. */
function minutes(v: unknown, fallback: number): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  if (typeof v === 'string') return Number.NaN;
  return fallback;
}

const occurrence = (v: unknown, fallback: DraftOptions['startOccurrence']) =>
  v === 'earlier' || v === 'later' ? v : fallback;

function coerceOptions(v: unknown, fallback: DraftOptions): DraftOptions {
  const o = isBag(v) ? v : {};
  return {
    quoteNotifyBefore: bool(o.quoteNotifyBefore, fallback.quoteNotifyBefore),
    updateShape:
      o.updateShape === 'flat' || o.updateShape === 'nested' ? o.updateShape : fallback.updateShape,
    appendUserId: bool(o.appendUserId, fallback.appendUserId),
    abortWithoutSubscriptions: bool(o.abortWithoutSubscriptions, fallback.abortWithoutSubscriptions),
    startOccurrence: occurrence(o.startOccurrence, fallback.startOccurrence),
    endOccurrence: occurrence(o.endOccurrence, fallback.endOccurrence),
  };
}

/**
 * Returns a Draft from anything (form values, an old stored draft, garbage) without throwing: every string
 * the user typed is kept as typed, even if the schema would reject it; missing or mistyped fields come from
 * defaultDraft(). A numeric string reminder ("15") becomes a number; an emptied or non-numeric one stays NaN
 * (the field check reports it and the template shows it as null instead of sending a default).
 */
export function coerceDraft(value: unknown): Draft {
  const d = defaultDraft();
  if (!isBag(value)) return d;
  return {
    mode: value.mode === 'update' || value.mode === 'create' ? value.mode : d.mode,
    eventId: str(value.eventId, d.eventId),
    title: str(value.title, d.title),
    description: str(value.description, d.description),
    location: str(value.location, d.location),
    start: str(value.start, d.start),
    end: str(value.end, d.end),
    allDay: bool(value.allDay, d.allDay),
    timezone: str(value.timezone, d.timezone),
    notifyBefore: minutes(value.notifyBefore, d.notifyBefore),
    credentialName: str(value.credentialName, d.credentialName),
    options: coerceOptions(value.options, d.options),
  };
}
