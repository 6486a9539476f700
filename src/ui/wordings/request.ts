import { t } from '@lingui/core/macro';
import { bodyField, num, place, str, typeName, type Wording } from './shared';

// JSON's braces, given to the messages as values (ICU reads braces in a message as placeholders).
const braces = '{ }';
const wrapper = '{ … }';

/** A time zone Rokt does not know, with the Windows id it most likely means. */
function unknownZone(field: string, value: string, suggestion: string | null): string {
  if (suggestion && value.includes('/'))
    return t`${field} "${value}" is an IANA name; Rokt needs a Windows timezone id. Use "${suggestion}".`;
  if (suggestion)
    return t`${field} "${value}" is not a timezone Rokt knows. Did you mean "${suggestion}"? Write it exactly like that.`;
  return t`${field} "${value}" is not a timezone Rokt knows. Rokt needs a Windows timezone id such as "Eastern Standard Time"; pick one from the list.`;
}

function wrongType(p: Parameters<Wording>[0], path: string): string {
  const field = bodyField(path);
  const got = typeName(str(p, 'got'));
  const value = str(p, 'value');
  switch (p.expected) {
    case 'datetime':
      return t`${field} must be a date-time in double quotes, like "2019-02-21T15:00:00", not ${got}.`;
    case 'minutes':
      return value
        ? t`${field} must be a number of minutes, like 15, not "${value}".`
        : t`${field} must be a number of minutes, like 15, not ${got}.`;
    case 'boolean':
      return value
        ? t`${field} must be true or false, not ${got}. Remove the quotes: "allDayEvent": ${value}.`
        : t`${field} must be true or false, not ${got}.`;
    case 'list':
      return got === typeName('text')
        ? t`${field} must be a list of ids in square brackets, not ${got}. Put the ids in square brackets: ["id1","id2"].`
        : t`${field} must be a list of ids in square brackets, not ${got}.`;
    case 'object':
      return path === ''
        ? t`The body must be a JSON object in ${braces}, not ${got}.`
        : t`${field} must be an object in ${braces}, not ${got}.`;
    default:
      return t`${field} must be text in double quotes, not ${got}.`;
  }
}

function wallClock(p: Parameters<Wording>[0], path: string): string {
  const field = bodyField(path);
  const value = str(p, 'value');
  switch (p.reason) {
    case 'offset':
      return t`${field} "${value}" has a timezone offset or Z. Rokt wants the wall-clock time in the event's timezone with no offset, like 2019-02-21T15:00:00; the "timezone" field says which zone.`;
    case 'date-only':
      return t`${field} "${value}" has no time. Rokt needs a date and time like ${value}T00:00:00 (also for all-day events).`;
    case 'space': {
      const fixed = value.replace(' ', 'T');
      return t`${field} "${value}" separates date and time with a space. Use a T, like ${fixed}.`;
    }
    case 'impossible':
      return t`${field} "${value}" is not a real date or time (check the month, day, hour and minutes).`;
    default:
      return t`${field} "${value}" is not a date-time Rokt understands. Write it as 2019-02-21T15:00:00 (year-month-day, T, hours:minutes:seconds).`;
  }
}

/** The wordings of the checks on the rendered request: Rokt's body, the URL, the headers, the user. */
export const REQUEST_WORDINGS: Record<string, Wording> = {
  'rokt.required': (p, { path }) => {
    const field = bodyField(path);
    const key = str(p, 'key');
    if (path === 'event')
      return t`The event (event) is missing: wrap the event fields in "event": ${wrapper}.`;
    if (path === 'subscriptionIds')
      return t`Subscription ids (subscriptionIds) are missing: Rokt needs the list of calendar subscriptions to add the event to. Fill it from the rokt:subscription_id custom attribute.`;
    if (p.v === 'empty')
      return t`${field} is empty: Rokt requires a value. Check the Liquid that fills it for this user.`;
    if (p.v === 'start')
      return t`${field} is missing: Rokt requires it, like "start": "2019-02-21T15:00:00".`;
    return t`${field} is missing: Rokt requires it. Add "${key}" to the event.`;
  },
  'rokt.type': (p, { path }) => wrongType(p, path),
  'rokt.datetime-format': (p, { path }) => wallClock(p, path),
  'rokt.datetime-offset': (p, { path }) => wallClock(p, path),
  'rokt.end-before-start': (p, { path }) => {
    const field = bodyField(path);
    const end = str(p, 'end');
    const start = str(p, 'start');
    return t`${field} ${end} is before the start ${start}: move the end after the start.`;
  },
  'rokt.zero-duration': (_, { path }) => {
    const field = bodyField(path);
    return t`${field} equals the start, so the event has no duration. Calendars show it as a zero-length event; set an end time if that is not intended.`;
  },
  'rokt.timezone-unknown': (p, { path }) =>
    unknownZone(bodyField(path), str(p, 'value'), p.suggestion === undefined ? null : str(p, 'suggestion')),
  'rokt.nonexistent-time': (p, { path }) => {
    const field = bodyField(path);
    const value = str(p, 'value');
    const zone = str(p, 'zone');
    return t`${field} ${value} does not exist in ${zone}: the clocks skip that hour, so no calendar can show it. Pick a time outside the clock change.`;
  },
  'rokt.notify-before-quoted': (p, { path }) => {
    const field = bodyField(path);
    const value = str(p, 'value');
    const minutes = str(p, 'minutes');
    return t`${field} is sent as text ("${value}"). Braze's template quotes it, but Rokt types it as a number: remove the quotes, "notifyBefore": ${minutes}.`;
  },
  'rokt.notify-before-negative': (p, { path }) => {
    const field = bodyField(path);
    const minutes = num(p, 'minutes');
    return t`${field} is ${minutes}: it must be 0 or more minutes before the start.`;
  },
  'rokt.notify-before-fraction': (p, { path }) => {
    const field = bodyField(path);
    const minutes = num(p, 'minutes');
    return t`${field} is ${minutes}: use a whole number of minutes.`;
  },
  'rokt.unknown-field': (p, { path }) => {
    const key = str(p, 'key');
    const meant = str(p, 'meant');
    if (p.v === 'outside')
      return t`"${key}" is an event field but sits outside "event": move it inside "event": ${wrapper}, or Rokt will ignore it.`;
    return meant
      ? t`Rokt does not know the field "${path}" and will probably ignore it. Did you mean "${meant}"? Field names are case-sensitive.`
      : t`Rokt does not know the field "${path}" and will probably ignore it. Check the spelling.`;
  },
  'rokt.undocumented-field': (_, { path }) =>
    t`"${path}" appears in a newer Rokt sample but is not documented; Rokt may ignore it. Remove it unless your Rokt account manager asked for it.`,
  'rokt.update-shape': (p) =>
    p.v === 'unwrap'
      ? t`This update body wraps its fields in "event": ${wrapper}, but the chosen shape puts them at the top level (as Rokt's reference does). Remove the wrapper, or switch the update shape to nested.`
      : t`This update body has its fields at the top level, but the chosen shape wraps them in "event": ${wrapper} (as Braze's template does). Wrap them, or switch the update shape to flat.`,
  'rokt.subscription-ids-ignored': () =>
    t`An update does not take subscriptionIds: Rokt matches the event by eventId in every calendar it was added to. Remove the list.`,
  'rokt.subscription-ids-empty': () =>
    t`Subscription ids (subscriptionIds) are empty: this user has no rokt:subscription_id, so Rokt has no calendar to add the event to. Send only to calendar subscribers, or stop the send for users without one (abort_message).`,
  'rokt.subscription-id-format': (p, { path }) => {
    const value = str(p, 'value');
    switch (p.why) {
      case 'empty':
        return t`Subscription id ${path} "${value}" is not a Rokt subscription id. It is empty: check the join that builds the list.`;
      case 'spaces':
        return t`Subscription id ${path} "${value}" is not a Rokt subscription id. Remove the spaces around it (check the join separator).`;
      case 'suffix':
        return t`Subscription id ${path} "${value}" is not a Rokt subscription id. Remove the /… suffix Braze attributes carry.`;
      default:
        return t`Subscription id ${path} "${value}" is not a Rokt subscription id. Rokt subscription ids look like 06423672-b6ba-4536-aa36-70788a7a0a36.`;
    }
  },
  'rokt.subscription-id-duplicate': (p, { path }) => {
    const value = str(p, 'value');
    return t`Subscription id ${path} "${value}" is listed twice; the duplicate can be removed.`;
  },
  'json.invalid': (_, { line, column }) => {
    const at = line ?? 1;
    const col = column ?? 1;
    return t`The body is not valid JSON at line ${at}, column ${col}: check the quotes, commas and braces there (a value printed without json_escape is the usual cause).`;
  },
  'request.url-empty': () => t`The URL is empty for this user: check the Liquid in the webhook URL.`,
  'request.url-whitespace': (p) => {
    const url = str(p, 'url');
    return t`The URL "${url}" contains spaces or line breaks: remove them (check the Liquid that builds the account code).`;
  },
  'request.url-invalid': (p) => {
    const url = str(p, 'url');
    return t`The URL "${url}" is not a valid web address. It should look like https://api.roktcalendar.com/v1/subscriptionevent/youraccount.`;
  },
  'request.url-port': (p) => {
    const port = str(p, 'port');
    return t`The URL uses port ${port}: Braze webhooks can only call ports 80 and 443. Remove ":${port}".`;
  },
  'request.url-https': () => t`The URL must start with https://: Rokt only accepts HTTPS.`,
  'request.url-host': (p) => {
    const host = str(p, 'host');
    const rokt = str(p, 'rokt');
    return t`The URL calls ${host}, not ${rokt}: Rokt Calendar events are created at https://${rokt}.`;
  },
  'request.account-code-missing': () =>
    t`The URL has no account code after /subscriptionevent/: this user probably has no rokt:account_code attribute.`,
  'request.url-endpoint': (p) => {
    const path = str(p, 'path');
    return t`The URL path ${path} is not a Rokt event endpoint: use /v1/subscriptionevent/<account code> to create or /v1/subscriptionevent/<account code>/update to update.`;
  },
  'request.method': (p) => {
    const method = str(p, 'method');
    return t`The method is ${method}: Rokt event calls use POST.`;
  },
  'request.authorization-missing': () =>
    t`The Authorization header is missing: add Authorization: Bearer followed by the token that connected_content saves.`,
  'request.authorization-scheme': (p) => {
    const value = str(p, 'value');
    return t`The Authorization header is "${value}": Rokt needs "Bearer <token>".`;
  },
  'request.token-empty': () =>
    t`The Authorization header has no token after "Bearer": the token call (connected_content) returned nothing or its variable name is wrong.`,
  'request.token-format': () =>
    t`The token after "Bearer" contains spaces: print only the token, e.g. the access_token of the saved response.`,
  'request.content-type-missing': () =>
    t`The Content-Type header is missing: add Content-Type: application/json.`,
  'request.content-type': (p) => {
    const value = str(p, 'value');
    return t`Content-Type is "${value}": Rokt needs application/json.`;
  },
  'request.header-duplicate': (p) => {
    const name = str(p, 'name');
    return t`The ${name} header is set twice: keep one.`;
  },
  'braze.portador': () =>
    t`The Authorization header starts with "Portador", the Spanish guide's translation of "Bearer". Rokt only accepts the English word: replace Portador with Bearer.`,
  'braze.authorization-scheme': (p) => {
    const word = str(p, 'word');
    if (p.v === 'space') return t`The Authorization header needs a space after "Bearer", before the token.`;
    return p.v === 'case'
      ? t`The Authorization header starts with "${word}": Rokt needs "Bearer <token>"; write "Bearer" with a capital B.`
      : t`The Authorization header starts with "${word}": Rokt needs "Bearer <token>"; start it with "Bearer " followed by the token.`;
  },
  'braze.curly-quotes-liquid': (_, { path }) => {
    const where = place(path);
    return t`Curly quotes (“ ” ‘ ’) in the Liquid of ${where}: Liquid only understands straight quotes (' or "). Retype them.`;
  },
  'braze.curly-quotes-json': () =>
    t`Curly quotes (“ ”) are used as JSON quotes in the body: JSON needs straight double quotes ("). Retype them.`,
  'braze.unescaped-free-text': (p) => {
    const key = str(p, 'key');
    const inner = str(p, 'inner');
    return t`"${key}" inserts ${inner} without json_escape: a quote, backslash or line break in that text would break the JSON. Add | json_escape after ${inner}.`;
  },
  'braze.placeholder-credential': (p, { path }) => {
    const where = place(path);
    const placeholder = str(p, 'placeholder');
    return t`${where} still contains the placeholder ${placeholder}: replace it with the name of your Braze Connected Content credential (Settings > Connected Content > Credentials), without < >.`;
  },
  'braze.save-other-field': (p, { path }) => {
    const where = place(path);
    const name = str(p, 'name');
    const source = place(str(p, 'source'));
    return t`${where} uses "${name}", which only ${source} saves with connected_content. Braze variables do not cross fields, so it is empty here: call connected_content in this field too.`;
  },
  'braze.save-unused': (p, { path }) => {
    const where = place(path);
    const name = str(p, 'name');
    return t`connected_content saves its response as "${name}" but ${where} never uses it: print its access_token.`;
  },
  'user.no-user-id': () =>
    t`This user has no user_id, so the event id ends in "_" and every user without one shares a single event (each send overwrites it). Give the user a user_id, or turn off "Append the user id to the event id".`,
};
