import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues';
import { checkSubscriptionIds } from './subscription-ids';

const G = '06423672-b6ba-4536-aa36-70788a7a0a36';

/** The create body's subscriptionIds and every Issue the marketer is shown for them. */
const CASES: [string, unknown, Issue[]][] = [
  [
    'missing',
    undefined,
    [
      {
        code: 'rokt.required',
        path: 'subscriptionIds',
        message:
          'Subscription ids (subscriptionIds) are missing: Rokt needs the list of calendar subscriptions to add the event to. Fill it from the rokt:subscription_id custom attribute: ["{{custom_attribute.${rokt:subscription_id} | join: \'","\'}}"].',
        severity: 'error',
        field: 'body',
      },
    ],
  ],
  [
    'null',
    null,
    [
      {
        code: 'rokt.required',
        path: 'subscriptionIds',
        message:
          'Subscription ids (subscriptionIds) are missing: Rokt needs the list of calendar subscriptions to add the event to. Fill it from the rokt:subscription_id custom attribute: ["{{custom_attribute.${rokt:subscription_id} | join: \'","\'}}"].',
        severity: 'error',
        field: 'body',
      },
    ],
  ],
  [
    'text',
    G,
    [
      {
        code: 'rokt.type',
        path: 'subscriptionIds',
        message:
          'Subscription ids (subscriptionIds) must be a list of ids in square brackets, not text. Put the ids in square brackets: ["id1","id2"].',
        severity: 'error',
        field: 'body',
        params: { expected: 'list', got: 'text' },
      },
    ],
  ],
  [
    'a number',
    5,
    [
      {
        code: 'rokt.type',
        path: 'subscriptionIds',
        message: 'Subscription ids (subscriptionIds) must be a list of ids in square brackets, not a number.',
        severity: 'error',
        field: 'body',
        params: { expected: 'list', got: 'number' },
      },
    ],
  ],
  [
    'an object',
    { a: G },
    [
      {
        code: 'rokt.type',
        path: 'subscriptionIds',
        message:
          'Subscription ids (subscriptionIds) must be a list of ids in square brackets, not an object.',
        severity: 'error',
        field: 'body',
        params: { expected: 'list', got: 'object' },
      },
    ],
  ],
  [
    'an empty list',
    [],
    [
      {
        code: 'rokt.subscription-ids-empty',
        path: 'subscriptionIds',
        message:
          'Subscription ids (subscriptionIds) are empty: this user has no rokt:subscription_id, so Rokt has no calendar to add the event to. Send only to calendar subscribers, or stop the send for users without one (abort_message).',
        severity: 'error',
        field: 'body',
      },
    ],
  ],
  [
    'a list of empty texts',
    ['', ''],
    [
      {
        code: 'rokt.subscription-ids-empty',
        path: 'subscriptionIds',
        message:
          'Subscription ids (subscriptionIds) are empty: this user has no rokt:subscription_id, so Rokt has no calendar to add the event to. Send only to calendar subscribers, or stop the send for users without one (abort_message).',
        severity: 'error',
        field: 'body',
      },
    ],
  ],
  ['one id', [G], []],
  ['two ids', [G, G.replace('0642', '1642')], []],
  [
    'a number in the list',
    [G, 7],
    [
      {
        code: 'rokt.type',
        path: 'subscriptionIds[1]',
        message: 'Subscription id subscriptionIds[1] must be text in double quotes, not a number.',
        severity: 'error',
        field: 'body',
        params: { expected: 'text', got: 'number' },
      },
    ],
  ],
  [
    'null in the list',
    [null],
    [
      {
        code: 'rokt.type',
        path: 'subscriptionIds[0]',
        message: 'Subscription id subscriptionIds[0] must be text in double quotes, not null.',
        severity: 'error',
        field: 'body',
        params: { expected: 'text', got: 'null' },
      },
    ],
  ],
  [
    'an empty id among others',
    [G, ''],
    [
      {
        code: 'rokt.subscription-id-format',
        path: 'subscriptionIds[1]',
        message:
          'Subscription id subscriptionIds[1] "" is not a Rokt subscription id. It is empty: check the join that builds the list.',
        severity: 'error',
        field: 'body',
        params: { value: '', why: 'empty' },
      },
    ],
  ],
  [
    'spaces around an id',
    [` ${G} `],
    [
      {
        code: 'rokt.subscription-id-format',
        path: 'subscriptionIds[0]',
        message:
          'Subscription id subscriptionIds[0] " 06423672-b6ba-4536-aa36-70788a7a0a36 " is not a Rokt subscription id. Remove the spaces around it (check the join separator).',
        severity: 'error',
        field: 'body',
        params: { value: ' 06423672-b6ba-4536-aa36-70788a7a0a36 ', why: 'spaces' },
      },
    ],
  ],
  [
    'a Braze suffix',
    [`${G}/ab12`],
    [
      {
        code: 'rokt.subscription-id-format',
        path: 'subscriptionIds[0]',
        message:
          'Subscription id subscriptionIds[0] "06423672-b6ba-4536-aa36-70788a7a0a36/ab12" is not a Rokt subscription id. Remove the /… suffix Braze attributes carry.',
        severity: 'error',
        field: 'body',
        params: { value: '06423672-b6ba-4536-aa36-70788a7a0a36/ab12', why: 'suffix' },
      },
    ],
  ],
  [
    'a wrong shape',
    ['abc'],
    [
      {
        code: 'rokt.subscription-id-format',
        path: 'subscriptionIds[0]',
        message:
          'Subscription id subscriptionIds[0] "abc" is not a Rokt subscription id. Rokt subscription ids look like 06423672-b6ba-4536-aa36-70788a7a0a36.',
        severity: 'error',
        field: 'body',
        params: { value: 'abc', why: 'shape' },
      },
    ],
  ],
  [
    'an id twice, in other case',
    [G, G.toUpperCase()],
    [
      {
        code: 'rokt.subscription-id-duplicate',
        path: 'subscriptionIds[1]',
        message:
          'Subscription id subscriptionIds[1] "06423672-B6BA-4536-AA36-70788A7A0A36" is listed twice; the duplicate can be removed.',
        severity: 'warning',
        field: 'body',
        params: { value: '06423672-B6BA-4536-AA36-70788A7A0A36' },
      },
    ],
  ],
  ['upper-case id', [G.toUpperCase()], []],
];

describe('checkSubscriptionIds', () => {
  it.each(CASES)('%s', (_name, value, issues) => {
    const out: Issue[] = [];
    checkSubscriptionIds(value, out);
    expect(out).toStrictEqual(issues);
  });
});
