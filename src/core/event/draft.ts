import * as z from 'zod/mini';
import { parseWallText } from '../timezones';
import { MAX_EVENT_ID_LENGTH, MAX_NOTIFY_BEFORE_MINUTES } from './limits';

/** True for a wall-clock date-time with no offset, as the form writes it: `2026-03-08T02:30` or `…T02:30:00`. */
export function isDraftWallClock(text: string): boolean {
  const parts = parseWallText(text);
  return parts !== null && parts.precision !== 'date' && parts.fraction === '';
}

// zod's mini build: the composer validates with this schema on the main thread, where the classic build's
// method chains and JSON-schema code would cost about 25 KB gzipped. Every message is written out here, so
// no locale bundle is needed and each one names the field and the fix.
const text = (message: string) => z.string({ error: message });

const wallClock = (field: string) => {
  const message = `${field} must be a date and time like 2026-12-24T18:00 (no timezone offset).`;
  return text(message).check(z.refine(isDraftWallClock, message));
};

const flag = (field: string) => z._default(z.boolean({ error: `${field} must be true or false.` }), false);

const DraftOptionsSchema = z.object({
  /** Send notifyBefore as a quoted string, as Braze's published template does. Rokt types it as a number. */
  quoteNotifyBefore: flag('options.quoteNotifyBefore'),
  /** Update body shape: `nested` wraps the fields in `{"event": …}` (Braze's guide), `flat` puts them at the top level (Rokt's reference). */
  updateShape: z._default(
    z.enum(['nested', 'flat'], { error: 'options.updateShape must be "nested" or "flat".' }),
    'nested',
  ),
  /** Append `_{{${user_id}}}` to the event id so each subscriber gets a unique id. */
  appendUserId: z._default(z.boolean({ error: 'options.appendUserId must be true or false.' }), true),
  /** Stop the send (abort_message) for a user with no Rokt subscription ids instead of posting an empty list. */
  abortWithoutSubscriptions: z._default(
    z.boolean({ error: 'options.abortWithoutSubscriptions must be true or false.' }),
    true,
  ),
  /** Which of two equal wall times a start in a fall-back hour means: `earlier` as RFC 5545, or `later`. */
  startOccurrence: z._default(
    z.enum(['earlier', 'later'], { error: 'options.startOccurrence must be "earlier" or "later".' }),
    'earlier',
  ),
  /** The same for the end. */
  endOccurrence: z._default(
    z.enum(['earlier', 'later'], { error: 'options.endOccurrence must be "earlier" or "later".' }),
    'earlier',
  ),
});

/** The marketer's event draft: everything the template builder needs. Free-text fields may contain Braze Liquid. */
export const DraftSchema = z.object({
  mode: z._default(
    z.enum(['create', 'update'], { error: 'Request must be "create" or "update".' }),
    'create',
  ),
  eventId: text('Event id is required: pick a unique id such as summer_sale_2026.').check(
    z.trim(),
    z.minLength(1, 'Event id is required: pick a unique id such as summer_sale_2026.'),
    z.maxLength(
      MAX_EVENT_ID_LENGTH,
      `Event id is too long: keep it to ${MAX_EVENT_ID_LENGTH} characters or fewer.`,
    ),
  ),
  title: text('Title is required: it is what subscribers see in their calendar.').check(
    z.trim(),
    z.minLength(1, 'Title is required: it is what subscribers see in their calendar.'),
  ),
  description: z._default(text('Description must be text.'), ''),
  location: z._default(text('Location must be text.'), ''),
  start: wallClock('Start'),
  end: wallClock('End'),
  allDay: flag('All-day'),
  /** A Windows timezone id such as `Eastern Standard Time` (checked against the known list by validation). */
  timezone: text('Timezone is required: pick one from the list.').check(
    z.minLength(1, 'Timezone is required: pick one from the list.'),
  ),
  notifyBefore: z.number({ error: 'Reminder must be a number of minutes.' }).check(
    z.refine((n) => Number.isSafeInteger(n), 'Reminder must be a whole number of minutes.'),
    z.minimum(0, 'Reminder cannot be negative.'),
    z.maximum(
      MAX_NOTIFY_BEFORE_MINUTES,
      `Reminder can be at most 4 weeks (${MAX_NOTIFY_BEFORE_MINUTES} minutes).`,
    ),
  ),
  credentialName: text(
    'Braze credential name is required: it is the Connected Content credential holding the Rokt keys.',
  ).check(
    z.trim(),
    z.minLength(
      1,
      'Braze credential name is required: it is the Connected Content credential holding the Rokt keys.',
    ),
    z.regex(/^[^\s%}]+$/, 'Braze credential name cannot contain spaces, % or }.'),
  ),
  options: z._default(DraftOptionsSchema, {
    quoteNotifyBefore: false,
    updateShape: 'nested',
    appendUserId: true,
    abortWithoutSubscriptions: true,
    startOccurrence: 'earlier',
    endOccurrence: 'earlier',
  }),
});

export type Draft = z.infer<typeof DraftSchema>;
export type DraftInput = z.input<typeof DraftSchema>;
export type DraftOptions = z.infer<typeof DraftOptionsSchema>;
/** The fields that decide when an event happens: all that time checks and summaries read. */
export type DraftTiming = Pick<Draft, 'start' | 'end' | 'allDay' | 'timezone' | 'notifyBefore'> & {
  /** Which instant a repeated (fall-back) start or end means; earlier when absent. */
  options?: Pick<DraftOptions, 'startOccurrence' | 'endOccurrence'>;
};

/** Which of two equal wall times the draft's start or end means (earlier unless the marketer chose later). */
export function occurrenceOf(draft: DraftTiming, key: 'start' | 'end'): 'earlier' | 'later' {
  return (key === 'start' ? draft.options?.startOccurrence : draft.options?.endOccurrence) ?? 'earlier';
}

/** The example texts a new draft starts with, in each interface language (the default-text check knows all). */
export const EXAMPLE_TEXTS = {
  en: { title: 'Event Title', description: 'Event Description', location: 'Event Location' },
  es: { title: 'Título del evento', description: 'Descripción del evento', location: 'Ubicación del evento' },
};

/**
 * A complete, valid draft a new user starts from: the partner guide's example event, one hour long, with its
 * example texts in `language` (English when it has none of its own).
 */
export function defaultDraft(language = 'en'): Draft {
  return {
    mode: 'create',
    eventId: 'Event_0001',
    ...(EXAMPLE_TEXTS[language as keyof typeof EXAMPLE_TEXTS] ?? EXAMPLE_TEXTS.en),
    start: '2027-02-21T15:00',
    end: '2027-02-21T16:00',
    allDay: false,
    timezone: 'Eastern Standard Time',
    notifyBefore: 15,
    credentialName: 'Rokt-Calendar-API',
    options: {
      quoteNotifyBefore: false,
      updateShape: 'nested',
      appendUserId: true,
      abortWithoutSubscriptions: true,
      startOccurrence: 'earlier',
      endOccurrence: 'earlier',
    },
  };
}
