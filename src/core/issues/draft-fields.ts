import { FIELD_LABELS, type Draft } from '../event';
import type { Issue } from './issue';

/** The label of each composer field, as the form shows it; problems and blocked messages name fields with it. */
export const DRAFT_FIELD_LABELS = {
  ...FIELD_LABELS,
  'options.quoteNotifyBefore': 'Send notifyBefore as a quoted string',
  'options.updateShape': 'Update body shape',
  'options.appendUserId': 'Append the user id to the event id',
  'options.abortWithoutSubscriptions': 'Skip users without a calendar subscription',
} as const;

/** A composer field a problem can point at. */
export type DraftFieldName = keyof typeof DRAFT_FIELD_LABELS;

const isDraftField = (name: string): name is DraftFieldName => Object.hasOwn(DRAFT_FIELD_LABELS, name);

/** Keys of Rokt's event body that come straight from one composer field (`allDayEvent` is the all-day switch). */
export const DRAFT_FIELD_OF_ROKT_KEY: Readonly<Record<string, keyof Draft & DraftFieldName>> = {
  eventId: 'eventId',
  title: 'title',
  description: 'description',
  location: 'location',
  start: 'start',
  end: 'end',
  timezone: 'timezone',
  notifyBefore: 'notifyBefore',
  allDayEvent: 'allDay',
};

/**
 * The composer field a problem is about, or null when it concerns something the marketer cannot edit in
 * the form (the sample user, a header Braze adds): draft paths as they are, `event.title` → `title`,
 * the Authorization header → the credential name.
 */
export function draftFieldOf(issue: Issue): DraftFieldName | null {
  const path = issue.path;
  if (issue.field === 'draft' || issue.field === undefined) {
    if (isDraftField(path)) return path;
    const root = path.split(/[.[]/, 1)[0]!; // split always returns at least one piece
    if (isDraftField(root)) return root;
  }
  if (issue.field === 'headers' && /^headers\.authorization$/i.test(path)) return 'credentialName';
  if (issue.field === 'body' || issue.field === undefined) {
    const key = path.replace(/^event\./, '');
    return DRAFT_FIELD_OF_ROKT_KEY[key] ?? null;
  }
  return null;
}

/** The label a marketer sees for a composer field. */
export function draftFieldLabel(name: DraftFieldName): string {
  return DRAFT_FIELD_LABELS[name];
}
