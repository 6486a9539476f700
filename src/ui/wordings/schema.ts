import { t } from '@lingui/core/macro';
import { MAX_EVENT_ID_LENGTH, MAX_NOTIFY_BEFORE_MINUTES } from '../../core/event';

/**
 * The draft schema's sentences (core/event's DraftSchema, shown under a field and as `draft.field-invalid`),
 * keyed by the schema's English sentence: the schema has one fixed sentence per rule, so it is the code.
 */
export function schemaWordings(): Record<string, () => string> {
  const maxId = MAX_EVENT_ID_LENGTH;
  const maxMinutes = MAX_NOTIFY_BEFORE_MINUTES;
  const wallClock = (field: string) =>
    `${field} must be a date and time like 2026-12-24T18:00 (no timezone offset).`;
  const flag = (field: string) => `${field} must be true or false.`;
  return {
    'Request must be "create" or "update".': () => t`Request must be "create" or "update".`,
    'Event id is required: pick a unique id such as summer_sale_2026.': () =>
      t`Event id is required: pick a unique id such as summer_sale_2026.`,
    [`Event id is too long: keep it to ${maxId} characters or fewer.`]: () =>
      t`Event id is too long: keep it to ${maxId} characters or fewer.`,
    'Title is required: it is what subscribers see in their calendar.': () =>
      t`Title is required: it is what subscribers see in their calendar.`,
    'Description must be text.': () => t`Description must be text.`,
    'Location must be text.': () => t`Location must be text.`,
    [wallClock('Start')]: () => t`Start must be a date and time like 2026-12-24T18:00 (no timezone offset).`,
    [wallClock('End')]: () => t`End must be a date and time like 2026-12-24T18:00 (no timezone offset).`,
    [flag('All-day')]: () => t`All-day must be true or false.`,
    'Timezone is required: pick one from the list.': () => t`Timezone is required: pick one from the list.`,
    'Reminder must be a number of minutes.': () => t`Reminder must be a number of minutes.`,
    'Reminder must be a whole number of minutes.': () => t`Reminder must be a whole number of minutes.`,
    'Reminder cannot be negative.': () => t`Reminder cannot be negative.`,
    [`Reminder can be at most 4 weeks (${maxMinutes} minutes).`]: () =>
      t`Reminder can be at most 4 weeks (${maxMinutes} minutes).`,
    'Braze credential name is required: it is the Connected Content credential holding the Rokt keys.': () =>
      t`Braze credential name is required: it is the Connected Content credential holding the Rokt keys.`,
    'Braze credential name cannot contain spaces, % or }.': () =>
      t`Braze credential name cannot contain spaces, % or }.`,
    'options.updateShape must be "nested" or "flat".': () =>
      t`options.updateShape must be "nested" or "flat".`,
    'options.appendUserId must be true or false.': () => t`options.appendUserId must be true or false.`,
    'options.abortWithoutSubscriptions must be true or false.': () =>
      t`options.abortWithoutSubscriptions must be true or false.`,
    'options.startOccurrence must be "earlier" or "later".': () =>
      t`options.startOccurrence must be "earlier" or "later".`,
    'options.endOccurrence must be "earlier" or "later".': () =>
      t`options.endOccurrence must be "earlier" or "later".`,
    [flag('options.quoteNotifyBefore')]: () => t`options.quoteNotifyBefore must be true or false.`,
  };
}
