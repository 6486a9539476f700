import { describe, expect, it } from 'vitest';
import { DraftSchema } from '../event';
import exampleDraft from '../fixtures/example.draft.json';
import { buildTemplate } from '../template';
import { checkBatch, checkBatches } from './check-batch';
import { ReportBuilder } from './report-builder';
import { exportJsonLines } from './generate-export';
import { allOutcomes } from '../../testing/audience-fixtures';
import { userChecker } from './check-user';
import { userFromJson } from './export-user';
import type { UserOutcome } from './types';

const NOW = { now: new Date('2026-11-28T12:00:00Z') };
const SUB = '06423672-b6ba-4536-aa36-70788a7a0a36';

/** The example draft (New York, 15:00) with a chosen start date: February is winter time, July summer time. */
function template(start = '2027-02-21T15:00', overrides: Record<string, unknown> = {}) {
  const draft = DraftSchema.parse({
    ...exampleDraft,
    start,
    end: `${start.slice(0, 11)}16:00`,
    ...overrides,
  });
  return buildTemplate(draft);
}

const user = (extra: Record<string, unknown>, custom: Record<string, unknown> = {}) =>
  JSON.stringify({
    external_id: 'u1',
    first_name: 'Zoë "Z"',
    time_zone: 'Europe/London',
    custom_attributes: {
      'rokt:account_code': ['acme/0a1b2c3d4e5f'],
      'rokt:subscription_id': [SUB],
      ...custom,
    },
    ...extra,
  });

async function one(text: string, t = template()): Promise<UserOutcome> {
  const result = await checkBatch(t, { kind: 'json', records: [{ line: 7, text }] }, NOW);
  expect(result.malformed).toEqual([]);
  return allOutcomes(result)[0] as UserOutcome;
}

describe('checkBatch', () => {
  it('sends an ordinary subscriber: event id, account code and the local start hour in their zone', async () => {
    expect(await one(user({}))).toEqual({
      line: 7,
      kind: 'sent',
      eventId: 'summer_sale_2027_u1',
      accountCode: 'acme',
      localHour: 20, // 15:00 New York (EST, UTC-5) is 20:00 in London (GMT)
    });
  });

  it.each([
    ['winter', '2027-02-21T15:00', 'Asia/Kolkata', 1],
    ['summer (New York on daylight time)', '2027-07-21T15:00', 'Asia/Kolkata', 0],
    ['summer, Sydney', '2027-07-21T15:00', 'Australia/Sydney', 5],
    ['no zone in the export', '2027-07-21T15:00', undefined, null],
  ])('reads the local start hour in %s', async (_, start, zone, hour) => {
    const outcome = await one(user({ time_zone: zone }), template(start));
    expect(outcome.localHour).toBe(hour);
  });

  it('fails a user without rokt:account_code and says why', async () => {
    const outcome = await one(user({}, { 'rokt:account_code': [] }));
    expect(outcome.kind).toBe('failed');
    expect(outcome.causes?.map((c) => c.code)).toEqual(['request.account-code-missing']);
    expect(outcome.causes?.[0]?.message).toMatch(/no account code after \/subscriptionevent\//);
    expect(outcome.user?.user_id).toBe('u1');
  });

  it('reports the abort reason for a user without subscriptions (nothing is sent)', async () => {
    const outcome = await one(user({}, { 'rokt:subscription_id': [] }));
    expect(outcome.kind).toBe('aborted');
    expect(outcome.reason).toMatch(/no Rokt subscription ids/);
  });

  it('fails users whose ids are not Rokt GUIDs', async () => {
    const outcome = await one(user({}, { 'rokt:subscription_id': ['not-a-guid'] }));
    expect(outcome.causes?.map((c) => c.code)).toEqual(['rokt.subscription-id-format']);
  });

  it('maps CSV cells: JSON-array cells become lists, unknown columns custom attributes', async () => {
    const result = await checkBatch(
      template(),
      {
        kind: 'csv',
        header: ['external_id', 'time_zone', 'rokt:account_code', 'rokt:subscription_id'],
        records: [{ line: 2, cells: ['c1', 'America/Los_Angeles', '["acme/0a1b2c3d4e5f"]', `["${SUB}"]`] }],
      },
      NOW,
    );
    expect(allOutcomes(result)).toEqual([
      {
        line: 2,
        kind: 'sent',
        eventId: 'summer_sale_2027_c1',
        accountCode: 'acme',
        localHour: 12,
      },
    ]);
  });

  it.each([
    ['{"external_id": "u1", "first_name": "Brok', /^is not valid JSON \(/],
    ['["u1"]', /^is not a JSON object/],
    ['{"external_id": "u1", "custom_attributes": ["a"]}', /custom_attributes that are not an object/],
    ['{"external_id": {"id": 1}}', /external_id that is not text/],
  ])('reports a malformed record with its line: %s', async (text, message) => {
    const result = await checkBatch(
      template(),
      { kind: 'json', records: [{ line: 42, file: 'a.txt', text }] },
      NOW,
    );
    expect(allOutcomes(result)).toEqual([]);
    expect(result.malformed).toEqual([{ line: 42, file: 'a.txt', message: expect.stringMatching(message) }]);
  });
});

describe('checkBatch on a batch of JSON lines as one string', () => {
  it('gives each line the outcome and line number it gets as a record (CRLF, blank and broken lines)', async () => {
    const lines = [
      user({}),
      '',
      user({ external_id: 'u2' }, { 'rokt:account_code': [] }),
      '   ',
      '{"external_id": "cut',
      user({ external_id: 'u4' }, { 'rokt:subscription_id': [] }),
      '[1, 2]',
    ];
    const records = lines
      .map((text, i) => ({ line: 10 + i, file: 'b.txt', text }))
      .filter((r) => r.text.trim() !== '');
    const expected = await checkBatch(template(), { kind: 'json', records }, NOW);
    expect(allOutcomes(expected).map((o) => [o.line, o.kind])).toEqual([
      [10, 'sent'],
      [12, 'failed'],
      [15, 'aborted'],
    ]);
    expect(expected.malformed.map((m) => m.line)).toEqual([14, 16]);
    for (const eol of ['\n', '\r\n']) {
      const text = lines.join(eol);
      const got = await checkBatch(template(), { kind: 'lines', line: 10, file: 'b.txt', text }, NOW);
      expect(got).toEqual(expected);
    }
  });
});

describe('checkBatches', () => {
  it('gives the outcomes and malformed records of each batch, in the batches’ order', async () => {
    const first = { kind: 'lines' as const, line: 1, text: `${user({})}\n{"external_id": "cut\n` };
    const second = {
      kind: 'json' as const,
      records: [
        { line: 3, text: user({ external_id: 'u3' }, { 'rokt:account_code': [] }) },
        { line: 4, text: '[1]' },
      ],
    };
    const got = await checkBatches(template(), [first, second], NOW);
    const a = await checkBatch(template(), first, NOW);
    const b = await checkBatch(template(), second, NOW);
    expect(allOutcomes(got).map((o) => [o.line, o.kind])).toEqual([
      [1, 'sent'],
      [3, 'failed'],
    ]);
    expect(allOutcomes(got)).toEqual([...allOutcomes(a), ...allOutcomes(b)]);
    expect(got.malformed).toEqual([...a.malformed, ...b.malformed]);
    expect(got.malformed.map((m) => m.line)).toEqual([2, 4]);
  });
});

describe('the result of a batch', () => {
  it('gives the report that each user’s outcome gives, with sent users as columns', async () => {
    const t = template('2027-02-21T15:00', { title: 'Hi {{${first_name}}}' });
    const lines = [...exportJsonLines(600, 5)];
    const batches = Array.from({ length: 6 }, (_, i) => ({
      kind: 'lines' as const,
      line: i * 100 + 1,
      text: lines.slice(i * 100, i * 100 + 100).join(''),
    }));
    const fromColumns = new ReportBuilder();
    for (let i = 0; i < batches.length; i += 2)
      fromColumns.add(await checkBatches(t, batches.slice(i, i + 2), NOW));

    const check = userChecker(t, NOW);
    const fromOutcomes = new ReportBuilder();
    for (const [i, text] of lines.entries()) {
      let mapped;
      try {
        mapped = userFromJson(JSON.parse(text));
      } catch {
        fromOutcomes.addMalformed({ line: i + 1, message: 'x' });
        continue;
      }
      if (!mapped.ok) fromOutcomes.addMalformed({ line: i + 1, message: 'x' });
      else fromOutcomes.add({ outcomes: [await check(mapped.user, { line: i + 1 })], malformed: [] });
    }
    const a = fromColumns.report('jsonl');
    const b = fromOutcomes.report('jsonl');
    expect({ ...a, malformed: a.malformed.count }).toEqual({ ...b, malformed: b.malformed.count });
    expect(a.sent).toBeGreaterThan(500);
    expect(a.warnings.length + a.duplicates.eventIds).toBeGreaterThan(0);
  });
});

describe('the columns of the users who would be sent', () => {
  const records = [
    user({ external_id: 'f1' }, { 'rokt:account_code': [] }), // failed
    user({ external_id: 's1' }), // sent, London
    user({ external_id: 's2', time_zone: undefined }), // sent, no zone
    user({ external_id: 'a1' }, { 'rokt:subscription_id': [] }), // aborted
    user({ external_id: 's3', time_zone: 'Asia/Kolkata' }, { 'rokt:account_code': ['globex/0a1b2c3d4e5f'] }),
  ].map((text, i) => ({ line: 20 + i, text }));

  it('hold each sent user where it comes among the others, with its line, event id, account and hour', async () => {
    const result = await checkBatch(template(), { kind: 'json', records }, NOW);
    expect(result.outcomes.map((o) => [o.line, o.kind])).toEqual([
      [20, 'failed'],
      [23, 'aborted'],
    ]);
    expect(result.sent).toEqual({
      at: [1, 2, 4],
      lines: [21, 22, 24],
      eventIds: ['summer_sale_2027_s1', 'summer_sale_2027_s2', 'summer_sale_2027_s3'],
      accountCodes: ['acme', 'acme', 'globex'],
      localHours: [20, -1, 1],
      warnings: [null, null, null],
    });
  });

  it('place the second batch’s users after the first’s in checkBatches, and keep warnings', async () => {
    const lax = template('2027-02-21T15:00', { title: 'Hi {{ ${ first_name } }}' });
    const first = { kind: 'json' as const, records: records.slice(0, 2) };
    const second = { kind: 'json' as const, records: records.slice(2) };
    const got = await checkBatches(lax, [first, second], NOW);
    expect(got.sent).toEqual({
      at: [1, 2, 4],
      lines: [21, 22, 24],
      eventIds: ['summer_sale_2027_s1', 'summer_sale_2027_s2', 'summer_sale_2027_s3'],
      accountCodes: ['acme', 'acme', 'globex'],
      localHours: [20, -1, 1],
      warnings: [['liquid.lax-spaces-in-name'], ['liquid.lax-spaces-in-name'], ['liquid.lax-spaces-in-name']],
    });
    expect(got.outcomes.map((o) => o.line)).toEqual([20, 23]);
  });

  it('says what is wrong with a line that is not JSON, in one line, without the parser’s prefix', async () => {
    const result = await checkBatch(
      template(),
      { kind: 'json', records: [{ line: 5, text: '{"external_id": "u1",\n "first_name": "Brok' }] },
      NOW,
    );
    expect(result.malformed).toEqual([
      {
        line: 5,
        message: expect.stringMatching(
          /^is not valid JSON \(Unterminated string in JSON at position 42[^\n]*\)\.$/,
        ),
      },
    ]);
  });
});
