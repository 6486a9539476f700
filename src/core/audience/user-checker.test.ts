import { describe, expect, it } from 'vitest';
import { DraftSchema } from '../event';
import exampleDraft from '../fixtures/example.draft.json';
import { previewConnectedContent } from '../liquid';
import { prepareRequest, renderRequest } from '../render';
import { buildTemplate } from '../template';
import { checkUser, userChecker } from './check-user';
import { userFromJson } from './export-user';
import { exportRow } from './generate-export';
import type { UserOutcome } from './types';

const OPTIONS = { now: new Date('2026-11-28T12:00:00Z') };

/** The example draft with changes: update mode, flat update body, no user id suffix, Liquid in the title. */
const VARIANTS: [string, Record<string, unknown>][] = [
  ['the example draft', {}],
  ['an update with the nested body', { mode: 'update' }],
  [
    'an update with the flat body',
    { mode: 'update', options: { ...exampleDraft.options, updateShape: 'flat' } },
  ],
  [
    'no user id suffix, no abort',
    { options: { ...exampleDraft.options, appendUserId: false, abortWithoutSubscriptions: false } },
  ],
  [
    'a title and location from attributes',
    { title: 'Hi {{${first_name}}}', location: '{{custom_attribute.${loyalty_tier}}} lounge' },
  ],
];

/**
 * 120 generated export users (about 10% missing account codes, subscriptions or ids, or spanning two accounts):
 * the first with each kind of outcome comes by the 97th.
 */
const USERS = Array.from({ length: 120 }, (_, i) => exportRow(i, 7))
  .filter((row): row is Record<string, unknown> => typeof row !== 'string')
  .map((row) => {
    const mapped = userFromJson(row);
    if (!mapped.ok) throw new Error(mapped.message);
    return mapped.user;
  });

const trippedLimit = (request: { errors: readonly { code: string }[] }) =>
  request.errors.some((e) => e.code === 'liquid.limit');

describe('the prepared check of a run', () => {
  it.each(VARIANTS)('gives every user the outcome checkUser gives: %s', async (_name, changes) => {
    const template = buildTemplate(DraftSchema.parse({ ...exampleDraft, ...changes }));
    const check = userChecker(template, OPTIONS);
    const expected: UserOutcome[] = [];
    const actual: UserOutcome[] = [];
    for (const [i, user] of USERS.entries()) {
      expected.push(await checkUser(template, user, { line: i + 1 }, OPTIONS));
      actual.push(await check(user, { line: i + 1 }));
    }
    expect(actual).toEqual(expected);
    // the users cover every kind of outcome, so the comparison includes failing and skipped users
    const kinds = new Set(actual.map((o) => o.kind));
    expect(kinds.has('sent')).toBe(true);
    expect(kinds.has('failed') || kinds.has('aborted')).toBe(true);
  });

  // The prepared request remembers the checks of the URL and headers by their text: users who share a URL
  // share those answers. Every user, in any order and again later, gets what renderRequest gives.
  it.each(VARIANTS)('renders every user the request renderRequest renders: %s', async (_name, changes) => {
    const template = buildTemplate(DraftSchema.parse({ ...exampleDraft, ...changes }));
    const options = { connectedContent: previewConnectedContent, now: OPTIONS.now };
    const prepared = prepareRequest(template, options);
    if (!prepared) throw new Error('the example template prepares');
    const order = [...USERS, ...USERS.slice().reverse()];
    for (const user of order) {
      let [got, want] = [prepared(user), await renderRequest(template, user, options)];
      // The render time limit is wall-clock: on a starved machine one side can trip it. Such a pair is redone.
      for (let tries = 0; tries < 3 && (trippedLimit(got) || trippedLimit(want)); tries++) {
        [got, want] = [prepared(user), await renderRequest(template, user, options)];
      }
      expect(got).toEqual(want);
    }
  });

  it('sorts the generated users of the example draft into sent, skipped and failed with their causes', async () => {
    const template = buildTemplate(DraftSchema.parse(exampleDraft));
    const check = userChecker(template, OPTIONS);
    const tally = new Map<string, number>();
    for (const [i, user] of USERS.entries()) {
      const outcome = await check(user, { line: i + 1 });
      const key =
        outcome.kind === 'failed' ? `failed:${outcome.causes?.map((c) => c.code).join('+')}` : outcome.kind;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    expect([...tally.keys()].sort()).toEqual([
      'aborted',
      'failed:request.account-code-missing',
      'failed:user.no-user-id',
      'failed:user.several-accounts',
      'sent',
    ]);
    expect(tally.get('sent')).toBeGreaterThan(90);
  });
});
