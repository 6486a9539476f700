import { describe, expect, it } from 'vitest';
import { DraftSchema } from '../event';
import exampleDraft from '../fixtures/example.draft.json';
import { previewConnectedContent } from '../liquid';
import { renderRequest } from '../render';
import type { SampleUser } from '../sample-user';
import { buildTemplate } from '../template';
import type { BrazeTemplate } from '../template';
import { checkUser, userChecker } from './check-user';
import { userFromJson } from './export-user';
import type { UserOutcome } from './types';

const OPTIONS = { now: new Date('2026-11-28T12:00:00Z') };
const SUB = '06423672-b6ba-4536-aa36-70788a7a0a36';
const EXAMPLE = buildTemplate(DraftSchema.parse(exampleDraft));
const FLAT_UPDATE = buildTemplate(
  DraftSchema.parse({
    ...exampleDraft,
    mode: 'update',
    options: { ...exampleDraft.options, updateShape: 'flat' },
  }),
);
const NAME = "{{${first_name} | default: 'friend'}}";

function user(custom: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): SampleUser {
  const mapped = userFromJson({
    external_id: 'u1',
    first_name: 'Zoë',
    time_zone: 'Europe/London',
    custom_attributes: {
      'rokt:account_code': ['acme/0a1b2c3d4e5f'],
      'rokt:subscription_id': [SUB],
      ...custom,
    },
    ...extra,
  });
  if (!mapped.ok) throw new Error(mapped.message);
  return mapped.user;
}

const withBody = (body: string): BrazeTemplate => ({ ...EXAMPLE, body });
const sent = { line: 3, userId: 'u1', kind: 'sent', eventId: 'summer_sale_2027_u1', accountCode: 'acme' };
const MISSING_TITLE = 'Title (event.title) is missing: Rokt requires it. Add "title" to the event.';

/** Both ways of checking a user of a run must give exactly this outcome (no extra keys). */
const CASES: [string, BrazeTemplate, SampleUser, { line: number; file?: string }, UserOutcome][] = [
  [
    'a subscriber in London: event id, account code, and 15:00 New York is 20:00 there',
    EXAMPLE,
    user(),
    { line: 3 },
    { ...sent, kind: 'sent', localHour: 20 },
  ],
  [
    'a subscriber read from a file inside a zip archive keeps the file name',
    EXAMPLE,
    user({ 'rokt:account_code': ['globex/0a1b2c3d4e5f'] }),
    { line: 3, file: 'users-0.txt' },
    { ...sent, kind: 'sent', file: 'users-0.txt', accountCode: 'globex', localHour: 20 },
  ],
  [
    'a flat update body: event id and start read from the top level (Tokyo: 05:00 next day)',
    FLAT_UPDATE,
    user({}, { time_zone: 'Asia/Tokyo' }),
    { line: 3 },
    { ...sent, kind: 'sent', localHour: 5 },
  ],
  [
    "the run's clock: 'now' is the instant of the options",
    withBody(EXAMPLE.body.replace('summer_sale_2027{%', "{{ 'now' | date: '%Y%m%d' }}{%")),
    user(),
    { line: 3 },
    { ...sent, kind: 'sent', eventId: '20261128_u1', localHour: 20 },
  ],
  [
    'a risky lax name written twice: its warning code once',
    withBody(EXAMPLE.body.replace(NAME, '{{ ${ first_name } }} {{ ${ first_name } }}')),
    user(),
    { line: 3 },
    { ...sent, kind: 'sent', warnings: ['liquid.lax-spaces-in-name'], localHour: 20 },
  ],
  [
    'an event without title, start, end…: one cause per code, with its first sentence, and the user',
    withBody(`{"event": {"eventId": "e1"}, "subscriptionIds": ["${SUB}"]}`),
    user(),
    { line: 3 },
    {
      line: 3,
      userId: 'u1',
      kind: 'failed',
      causes: [{ code: 'rokt.required', message: MISSING_TITLE }],
      user: user(),
    },
  ],
  [
    'a failed user keeps the warnings of the request',
    withBody(EXAMPLE.body.replace(NAME, '{{ ${ first_name } }}')),
    user({ 'rokt:subscription_id': ['x'] }),
    { line: 3 },
    {
      line: 3,
      userId: 'u1',
      kind: 'failed',
      causes: [
        {
          code: 'rokt.subscription-id-format',
          message:
            'Subscription id subscriptionIds[0] "x" is not a Rokt subscription id. Rokt subscription ids look like 06423672-b6ba-4536-aa36-70788a7a0a36.',
        },
      ],
      warnings: ['liquid.lax-spaces-in-name'],
      user: user({ 'rokt:subscription_id': ['x'] }),
    },
  ],
  [
    'a user the template aborts for: the reason and the user, nothing else',
    EXAMPLE,
    user({ 'rokt:subscription_id': [] }),
    { line: 3, file: 'a.txt' },
    {
      line: 3,
      file: 'a.txt',
      userId: 'u1',
      kind: 'aborted',
      reason: 'Not sent: this user has no Rokt subscription ids in rokt:subscription_id',
      user: user({ 'rokt:subscription_id': [] }),
    },
  ],
];

describe('the outcome of one user', () => {
  it.each(CASES)('%s', async (_name, template, u, place, outcome) => {
    expect(await checkUser(template, u, place, OPTIONS)).toStrictEqual(outcome);
    expect(await userChecker(template, OPTIONS)(u, place)).toStrictEqual(outcome);
  });

  it('the event without title has several missing fields, of which the outcome names one code', async () => {
    const rendered = await renderRequest(CASES[5]![1], user(), {
      connectedContent: previewConnectedContent,
      now: OPTIONS.now,
    });
    expect(rendered.errors.filter((e) => e.code === 'rokt.required').length).toBeGreaterThan(1);
  });
});
