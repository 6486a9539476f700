import type { Draft } from '../event';
import { roktEventTimes } from './rokt-date-time';

/** Liquid variable each free-text draft field is captured into (the partner guide's names). */
export const CAPTURE_VARIABLES = {
  eventId: 'eventId',
  title: 'eventTitle',
  description: 'eventDescr',
  location: 'eventLocation',
  start: 'eventStart',
  end: 'eventEnd',
  timezone: 'eventTZ',
} as const satisfies Partial<Record<keyof Draft, string>>;

/** The Liquid suffix that makes the event id unique per subscriber. */
const USER_ID_SUFFIX = '_{{${user_id} | json_escape}}';

/** Message Braze logs when a create webhook is skipped for a user without subscription ids. */
export const NO_SUBSCRIPTIONS_MESSAGE =
  'Not sent: this user has no Rokt subscription ids in rokt:subscription_id';

/** Printed in place of a value's trailing `{`, which would otherwise merge with `{% endcapture %}` into `{{%`. */
export const TRAILING_BRACE = "{{ '{' }}";

const capture = (variable: string, value: string) =>
  `{% capture ${variable} %}${value.endsWith('{') ? value.slice(0, -1) + TRAILING_BRACE : value}{% endcapture -%}`;
const printed = (variable: string) => `"{{${variable} | json_escape}}"`;

/** Returns the JSON lines of the event object (without braces), each free-text value json_escaped. */
function eventLines(draft: Draft): string[] {
  const id = draft.options.appendUserId
    ? `"{{${CAPTURE_VARIABLES.eventId} | json_escape}}${USER_ID_SUFFIX}"`
    : printed(CAPTURE_VARIABLES.eventId);
  // An invalid reminder is printed as null, never replaced by a default: Rokt's checks then flag it too.
  const minutes = Number.isFinite(draft.notifyBefore) ? String(draft.notifyBefore) : 'null';
  return [
    `"eventId": ${id}`,
    `"title": ${printed(CAPTURE_VARIABLES.title)}`,
    `"description": ${printed(CAPTURE_VARIABLES.description)}`,
    `"location": ${printed(CAPTURE_VARIABLES.location)}`,
    `"start": ${printed(CAPTURE_VARIABLES.start)}`,
    `"end": ${printed(CAPTURE_VARIABLES.end)}`,
    `"timezone": ${printed(CAPTURE_VARIABLES.timezone)}`,
    `"allDayEvent": ${draft.allDay ? 'true' : 'false'}`,
    `"notifyBefore": ${draft.options.quoteNotifyBefore && minutes !== 'null' ? `"${minutes}"` : minutes}`,
  ];
}

const SUBSCRIPTION_IDS_ASSIGN =
  '{% assign subscriptionIds = {{custom_attribute.${rokt:subscription_id}}} -%}';
const SUBSCRIPTION_IDS_JSON =
  '"subscriptionIds": [{% for subscriptionId in subscriptionIds %}"{{subscriptionId | json_escape}}"' +
  '{% unless forloop.last %}, {% endunless %}{% endfor %}]';

const block = (lines: string[], indent: string) => lines.map((l) => indent + l).join(',\n');

/**
 * Returns the webhook body for the draft: one `{% capture %}` per free-text value (so Liquid typed into a
 * field still renders), then pretty JSON that prints every captured value through `json_escape`.
 */
export function buildBody(draft: Draft): string {
  const times = roktEventTimes(draft);
  const prelude = [
    capture(CAPTURE_VARIABLES.eventId, draft.eventId),
    capture(CAPTURE_VARIABLES.title, draft.title),
    capture(CAPTURE_VARIABLES.description, draft.description),
    capture(CAPTURE_VARIABLES.location, draft.location),
    capture(CAPTURE_VARIABLES.start, times.start),
    capture(CAPTURE_VARIABLES.end, times.end),
    capture(CAPTURE_VARIABLES.timezone, draft.timezone),
  ];
  const fields = eventLines(draft);
  if (draft.mode === 'update') {
    const json =
      draft.options.updateShape === 'flat'
        ? `{\n${block(fields, '  ')}\n}`
        : `{\n  "event": {\n${block(fields, '    ')}\n  }\n}`;
    return `${prelude.join('\n')}\n${json}`;
  }
  prelude.push(SUBSCRIPTION_IDS_ASSIGN);
  if (draft.options.abortWithoutSubscriptions) {
    prelude.push(
      `{% if subscriptionIds == blank %}{% abort_message('${NO_SUBSCRIPTIONS_MESSAGE}') %}{% endif -%}`,
    );
  }
  const json = `{\n  "event": {\n${block(fields, '    ')}\n  },\n  ${SUBSCRIPTION_IDS_JSON}\n}`;
  return `${prelude.join('\n')}\n${json}`;
}
