import type { Draft } from './draft';

/**
 * What the composer calls each draft field: the form's labels and every message naming a field use these
 * words, so a marketer reads the same name under the field and in the preview's problem list.
 */
export const FIELD_LABELS = {
  mode: 'Request',
  eventId: 'Event id',
  title: 'Title',
  description: 'Description',
  location: 'Location',
  start: 'Start',
  end: 'End',
  allDay: 'All-day event',
  timezone: 'Timezone',
  notifyBefore: 'Reminder',
  credentialName: 'Braze credential name',
} as const satisfies Record<Exclude<keyof Draft, 'options'>, string>;
