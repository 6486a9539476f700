import type { Issue } from '../issues';
import type { RoktEndpoint } from './endpoint';
import {
  describeJsonType,
  errorIssue,
  isJsonObject,
  jsonTypeCode,
  warningIssue,
  withParams,
} from './issue-helpers';
import { ROKT_EVENT_FIELDS, checkRoktEvent, unknownFieldIssue } from './rokt-event-checks';
import { checkSubscriptionIds } from './subscription-ids';

/** How an update body wraps its fields: Braze's `{"event": {…}}`, Rokt's flat fields, or accept either. */
export type UpdateShape = 'nested' | 'flat' | 'either';

const CREATE_KEYS: ReadonlySet<string> = new Set(['event', 'subscriptionIds']);
const NESTED_UPDATE_KEYS: ReadonlySet<string> = new Set(['event', 'subscriptionIds']);
const FLAT_UPDATE_KEYS: ReadonlySet<string> = new Set(['subscriptionIds']);
const EVENT_KEYS: readonly string[] = ROKT_EVENT_FIELDS;

function checkEventObject(body: Record<string, unknown>, out: Issue[]): void {
  const event = body.event;
  if (event === undefined || event === null) {
    out.push(
      errorIssue(
        'rokt.required',
        'event',
        'The event (event) is missing: wrap the event fields in "event": { … }.',
      ),
    );
  } else if (!isJsonObject(event)) {
    out.push(
      withParams(
        errorIssue(
          'rokt.type',
          'event',
          `The event (event) must be an object in { }, not ${describeJsonType(event)}.`,
        ),
        { expected: 'object', got: jsonTypeCode(event) },
      ),
    );
  } else {
    checkRoktEvent(event, 'event.', out);
  }
}

function topLevelUnknown(body: Record<string, unknown>, known: ReadonlySet<string>, out: Issue[]): void {
  for (const key of Object.keys(body)) {
    if (known.has(key)) continue;
    const issue = unknownFieldIssue('', key, known);
    if (issue) out.push(issue);
  }
}

function validateUpdate(body: Record<string, unknown>, shape: UpdateShape, out: Issue[]): void {
  const looksFlat = !('event' in body) && EVENT_KEYS.some((k) => k in body);
  if (looksFlat) {
    if (shape === 'nested') {
      out.push(
        withParams(
          errorIssue(
            'rokt.update-shape',
            'event',
            'This update body has its fields at the top level, but the chosen shape wraps them in "event": { … } (as Braze\'s template does). Wrap them, or switch the update shape to flat.',
          ),
          { v: 'wrap' },
        ),
      );
    }
    checkRoktEvent(body, '', out, FLAT_UPDATE_KEYS);
  } else {
    if (shape === 'flat' && 'event' in body) {
      out.push(
        withParams(
          errorIssue(
            'rokt.update-shape',
            'event',
            'This update body wraps its fields in "event": { … }, but the chosen shape puts them at the top level (as Rokt\'s reference does). Remove the wrapper, or switch the update shape to nested.',
          ),
          { v: 'unwrap' },
        ),
      );
    }
    checkEventObject(body, out);
    topLevelUnknown(body, NESTED_UPDATE_KEYS, out);
  }
  if ('subscriptionIds' in body) {
    out.push(
      warningIssue(
        'rokt.subscription-ids-ignored',
        'subscriptionIds',
        'An update does not take subscriptionIds: Rokt matches the event by eventId in every calendar it was added to. Remove the list.',
      ),
    );
  }
}

/** Checks a parsed body against what the Rokt endpoint accepts and returns marketer-facing Issues (errors and warnings). */
export function validateRoktBody(
  json: unknown,
  endpoint: RoktEndpoint,
  options: { updateShape?: UpdateShape } = {},
): Issue[] {
  const out: Issue[] = [];
  if (!isJsonObject(json)) {
    out.push(
      withParams(
        errorIssue('rokt.type', '', `The body must be a JSON object in { }, not ${describeJsonType(json)}.`),
        { expected: 'object', got: jsonTypeCode(json) },
      ),
    );
    return out;
  }
  if (endpoint === 'create') {
    checkEventObject(json, out);
    checkSubscriptionIds(json.subscriptionIds, out);
    topLevelUnknown(json, CREATE_KEYS, out);
  } else {
    validateUpdate(json, options.updateShape ?? 'either', out);
  }
  return out;
}
