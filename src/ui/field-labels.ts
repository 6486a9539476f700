import { t } from '@lingui/core/macro';
import type { DraftFieldName } from '../core/issues';

/** A composer field's label in the active language, as the form shows it (problems name fields with it). */
export function fieldLabel(name: DraftFieldName): string {
  switch (name) {
    case 'mode':
      return t({ message: 'Request', context: 'field' });
    case 'eventId':
      return t`Event id`;
    case 'title':
      return t({ message: 'Title', context: 'field' });
    case 'description':
      return t({ message: 'Description', context: 'field' });
    case 'location':
      return t({ message: 'Location', context: 'field' });
    case 'start':
      return t({ message: 'Start', context: 'field' });
    case 'end':
      return t({ message: 'End', context: 'field' });
    case 'allDay':
      return t`All-day event`;
    case 'timezone':
      return t({ message: 'Timezone', context: 'field' });
    case 'notifyBefore':
      return t({ message: 'Reminder', context: 'field' });
    case 'credentialName':
      return t`Braze credential name`;
    case 'options.quoteNotifyBefore':
      return t`Send notifyBefore as a quoted string`;
    case 'options.updateShape':
      return t`Update body shape`;
    case 'options.appendUserId':
      return t`Append the user id to the event id`;
    case 'options.abortWithoutSubscriptions':
      return t`Skip users without a calendar subscription`;
  }
}
