import { t } from '@lingui/core/macro';

type ImportParams = Record<string, string>;

/**
 * Why the Braze import left a piece out, and its notes (core/import's `why` codes), in the active language.
 */
export const IMPORT_WORDINGS: Record<string, (p: ImportParams) => string> = {
  'liquid-before-json': () => t`Liquid before the JSON that the composer does not generate; it is left out.`,
  'text-before-json': () => t`Text before the JSON; it is left out.`,
  'no-json': () => t`No JSON object was found in the body; the event fields keep their defaults.`,
  'text-after-json': () => t`Text after the JSON object; it is left out.`,
  'capture-unused': () => t`Captured but not used by a field the composer knows.`,
  'body-unreadable': (p) => {
    const detail = p.detail ?? '';
    return t`The body is not JSON the composer can read (${detail}); the event fields keep their defaults.`;
  },
  'create-not-nested': () => {
    const wrapper = '{…}';
    return t`A create body needs the event fields inside "event": ${wrapper}; the composer nests them.`;
  },
  'field-not-edited': () => t`The composer does not edit this field; it is left out.`,
  'ids-not-kept': () =>
    t`The composer always sends the subscriber's rokt:subscription_id values; these ids are not kept.`,
  'update-ids': () => t`An update is matched by eventId; the composer sends no subscriptionIds.`,
  unreadable: (p) => {
    const detail = p.detail ?? '';
    return t`Could not be read (${detail}).`;
  },
  'not-text': () => t`Expected a quoted text value; set this field yourself.`,
  'all-day': () => t`allDayEvent must be true or false.`,
  reminder: () => t`The reminder must be a whole number of minutes; set it yourself.`,
  'no-url': () => t`No URL was pasted: the mode stays "create".`,
  'not-rokt-url': () =>
    t`Not a Rokt Calendar event URL (https://api.roktcalendar.com/v1/subscriptionevent/…): the mode stays "create".`,
  'account-code': (p) => {
    const value = p.value ?? '';
    return t`The composer always takes the account code from the subscriber's rokt:account_code; "${value}" is not kept.`;
  },
  translated: (p) => {
    const what = p.what ?? '';
    return t`Read ${what}: a translated copy of the guide; Braze and Rokt need the English words.`;
  },
  'content-type': () => t`Rokt needs Content-Type: application/json; the composer always sends it.`,
  'other-header': () =>
    t`Not part of the Rokt webhook: the composer sends only Authorization and Content-Type.`,
  bearer: () =>
    t`The header must start with "Bearer " (some copies of the guide translate it, e.g. "Portador"); the composer writes "Bearer ".`,
  'no-credential': () =>
    t`No ":basic_auth <credential>" found in the Connected Content token call: set the Braze credential name yourself.`,
  'placeholder-credential': (p) => {
    const value = p.value ?? '';
    return t`"${value}" is the guide's placeholder: replace it with the name of your Braze Connected Content credential.`;
  },
};
