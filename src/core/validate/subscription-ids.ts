import type { Issue } from '../issues';
import { describeJsonType, errorIssue, jsonTypeCode, warningIssue, withParams } from './issue-helpers';
import { GUID_PATTERN } from './rokt-schemas';

const ATTRIBUTE_HINT =
  'Fill it from the rokt:subscription_id custom attribute: ["{{custom_attribute.${rokt:subscription_id} | join: \'","\'}}"].';

/** Checks the create body's `subscriptionIds` (present, a list, non-empty, GUID-shaped) and appends Issues. */
export function checkSubscriptionIds(value: unknown, out: Issue[]): void {
  const path = 'subscriptionIds';
  if (value === undefined || value === null) {
    out.push(
      errorIssue(
        'rokt.required',
        path,
        `Subscription ids (subscriptionIds) are missing: Rokt needs the list of calendar subscriptions to add the event to. ${ATTRIBUTE_HINT}`,
      ),
    );
    return;
  }
  if (!Array.isArray(value)) {
    const hint = typeof value === 'string' ? ' Put the ids in square brackets: ["id1","id2"].' : '';
    out.push(
      withParams(
        errorIssue(
          'rokt.type',
          path,
          `Subscription ids (subscriptionIds) must be a list of ids in square brackets, not ${describeJsonType(value)}.${hint}`,
        ),
        { expected: 'list', got: jsonTypeCode(value) },
      ),
    );
    return;
  }
  if (value.length === 0 || value.every((id) => id === '')) {
    out.push(
      errorIssue(
        'rokt.subscription-ids-empty',
        path,
        'Subscription ids (subscriptionIds) are empty: this user has no rokt:subscription_id, so Rokt has no calendar to add the event to. Send only to calendar subscribers, or stop the send for users without one (abort_message).',
      ),
    );
    return;
  }
  const seen = new Set<string>();
  value.forEach((id: unknown, index) => {
    const itemPath = `${path}[${index}]`;
    if (typeof id !== 'string') {
      out.push(
        withParams(
          errorIssue(
            'rokt.type',
            itemPath,
            `Subscription id ${itemPath} must be text in double quotes, not ${describeJsonType(id)}.`,
          ),
          { expected: 'text', got: jsonTypeCode(id) },
        ),
      );
      return;
    }
    if (!GUID_PATTERN.test(id)) {
      const trimmed = id.trim();
      let hint = 'Rokt subscription ids look like 06423672-b6ba-4536-aa36-70788a7a0a36.';
      let why = 'shape';
      if (id === '') [hint, why] = ['It is empty: check the join that builds the list.', 'empty'];
      else if (GUID_PATTERN.test(trimmed))
        [hint, why] = ['Remove the spaces around it (check the join separator).', 'spaces'];
      else if (GUID_PATTERN.test(id.replace(/\/[0-9a-f]+$/i, '')))
        [hint, why] = ['Remove the /… suffix Braze attributes carry.', 'suffix'];
      out.push(
        withParams(
          errorIssue(
            'rokt.subscription-id-format',
            itemPath,
            `Subscription id ${itemPath} "${id}" is not a Rokt subscription id. ${hint}`,
          ),
          { value: id, why },
        ),
      );
      return;
    }
    const normal = id.toLowerCase();
    if (seen.has(normal)) {
      out.push(
        withParams(
          warningIssue(
            'rokt.subscription-id-duplicate',
            itemPath,
            `Subscription id ${itemPath} "${id}" is listed twice; the duplicate can be removed.`,
          ),
          { value: id },
        ),
      );
    }
    seen.add(normal);
  });
}
