import { describe, expect, it } from 'vitest';
import { EventIdIndex } from './event-id-index';
import { failuresCsv } from './failures-csv';
import { ReportBuilder } from './report-builder';
import { REPORT_LIMITS } from './report-types';
import type { BatchResult, UserOutcome } from './types';

const sent = (
  line: number,
  eventId: string,
  accountCode = 'acme',
  localHour: number | null = 9,
): UserOutcome => ({
  line,
  userId: `u${line}`,
  kind: 'sent',
  eventId,
  accountCode,
  localHour,
});
const failed = (line: number, code: string): UserOutcome => ({
  line,
  userId: `u${line}`,
  kind: 'failed',
  causes: [{ code, message: `message for ${code}` }],
  user: {
    user_id: `u${line}`,
    custom_attributes: {},
    event_properties: {},
    canvas_entry_properties: {},
    context: {},
    api_trigger_properties: {},
  },
});

describe('ReportBuilder', () => {
  it('counts sent, aborted and failed users, causes with three examples and the fix, accounts and hours', () => {
    const b = new ReportBuilder();
    b.add({
      outcomes: [
        sent(1, 'e_u1'),
        sent(2, 'e_u2', 'acme-outlet', 20),
        sent(3, 'e_u3', 'acme', null),
        ...[4, 5, 6, 7].map((l) => failed(l, 'request.account-code-missing')),
        failed(8, 'json.invalid'),
        { line: 9, userId: 'u9', kind: 'aborted', reason: 'No subscriptions' },
      ],
      malformed: [{ line: 10, message: 'is not valid JSON (Unexpected end).' }],
    });
    const r = b.report('jsonl');
    expect([r.users, r.sent, r.aborted, r.failed, r.malformed.count]).toEqual([9, 3, 1, 5, 1]);
    expect(r.causes.map((c) => [c.code, c.count, c.examples.map((e) => e.line)])).toEqual([
      ['request.account-code-missing', 4, [4, 5, 6]],
      ['json.invalid', 1, [8]],
    ]);
    expect(r.causes[0]?.fix).toMatch(/Filter the segment on "rokt:account_code is not blank"/);
    expect(r.abortReasons).toEqual([
      {
        reason: 'No subscriptions',
        count: 1,
        examples: [{ line: 9, userId: 'u9', message: 'No subscriptions' }],
      },
    ]);
    expect(r.requestsPerAccount).toEqual([
      { accountCode: 'acme', requests: 2 },
      { accountCode: 'acme-outlet', requests: 1 },
    ]);
    expect(r.requestsToOtherAccounts).toBe(0);
    expect(r.localStartHours[9]).toBe(1);
    expect(r.localStartHours[20]).toBe(1);
    expect(r.localStartUnknown).toBe(1);
    expect(r.failures.map((f) => `${f.line} ${f.outcome} ${f.code}`)).toEqual([
      '4 failed request.account-code-missing',
      '5 failed request.account-code-missing',
      '6 failed request.account-code-missing',
      '7 failed request.account-code-missing',
      '8 failed json.invalid',
      '9 aborted render.aborted',
    ]);
  });

  it('finds event ids shared by several users, across batches', () => {
    const b = new ReportBuilder();
    b.add({ outcomes: [sent(1, 'e_'), sent(2, 'e_u2'), sent(3, 'e_')], malformed: [] });
    b.add({ outcomes: [sent(4, 'e_'), sent(5, 'e_u2'), sent(6, 'e_u6')], malformed: [] });
    expect(b.report('jsonl').duplicates).toEqual({
      users: 5,
      eventIds: 2,
      examples: [
        { eventId: 'e_', users: 3, lines: [1, 3, 4] },
        { eventId: 'e_u2', users: 2, lines: [2, 5] },
      ],
    });
  });

  it('lists failures and examples in file order whatever order the workers answer in', () => {
    const b = new ReportBuilder();
    b.add({ outcomes: [9, 8, 7].map((l) => failed(l, 'json.invalid')), malformed: [] });
    b.add({ outcomes: [3, 2, 1].map((l) => failed(l, 'json.invalid')), malformed: [] });
    const r = b.report('jsonl');
    expect(r.causes[0]?.examples.map((e) => e.line)).toEqual([1, 2, 3]);
    expect(r.failures.map((f) => f.line)).toEqual([1, 2, 3, 7, 8, 9]);
  });

  it('keeps its lists bounded', () => {
    const b = new ReportBuilder();
    const many = REPORT_LIMITS.malformedExamples + 5;
    for (let i = 1; i <= many; i++) b.addMalformed({ line: i, message: 'bad' });
    expect(b.report(null).malformed.count).toBe(many);
    expect(b.report(null).malformed.examples).toHaveLength(REPORT_LIMITS.malformedExamples);
  });
});

describe('failuresCsv', () => {
  it('writes one row per user not sent, with the fix, quoting as CSV needs and defusing formulas', () => {
    const csv = failuresCsv([
      {
        line: 4,
        userId: '=cmd()',
        outcome: 'failed',
        code: 'request.account-code-missing',
        message: 'No "code", sorry',
      },
      {
        line: 9,
        file: 'b.txt',
        userId: 'u9',
        outcome: 'aborted',
        code: 'render.aborted',
        message: 'No subscriptions',
      },
    ]);
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('line,file,external_id,outcome,cause,message,fix');
    expect(lines[1]).toMatch(
      /^4,,"'=cmd\(\)",failed,request\.account-code-missing,"No ""code"", sorry","These users have no rokt:account_code/,
    );
    expect(lines[2]).toBe(
      '9,b.txt,u9,aborted,render.aborted,No subscriptions,Intended by the template (abort_message): nothing to fix.',
    );
  });
});

describe('EventIdIndex', () => {
  it('finds every repeat among 200,000 ids while it grows, and nothing else', () => {
    const index = new EventIdIndex();
    const found: number[] = [];
    for (let i = 1; i <= 200_000; i++) {
      const id = `summer_sale_2027_user-${i % 150_000}`; // ids 150,000… repeat the first 50,000
      if (index.add(id, i) !== 0) found.push(i);
    }
    expect(found).toHaveLength(50_000);
    expect(found[0]).toBe(150_001);
    expect(index.add('summer_sale_2027_user-7', 1)).toBe(-7); // already reported once: negative
  });

  it('lists at most REPORT_LIMITS.accountCodes account codes and counts the requests to the others', () => {
    const b = new ReportBuilder();
    const codes = REPORT_LIMITS.accountCodes + 5;
    const outcomes = Array.from({ length: codes }, (_, i) => sent(i + 1, `e${i}`, `code-${i}`));
    b.add({
      outcomes: [...outcomes, sent(codes + 1, 'again', 'code-0'), sent(codes + 2, 'late', 'late')],
      malformed: [],
    });
    const r = b.report('jsonl');
    expect(r.requestsPerAccount).toHaveLength(REPORT_LIMITS.accountCodes);
    expect(r.requestsPerAccount[0]).toEqual({ accountCode: 'code-0', requests: 2 });
    expect(r.requestsToOtherAccounts).toBe(6);
    expect(r.sent).toBe(codes + 2);
  });
});

describe('EventIdIndex, one id again and again', () => {
  it('gives 0 the first time, the first line once, then minus the first line', () => {
    const index = new EventIdIndex();
    expect([7, 9, 12, 15].map((line) => index.add('summer_sale_2027_u1', line))).toEqual([0, 7, -7, -7]);
    expect(index.add('summer_sale_2027_u2', 0)).toBe(0);
    expect(index.add('summer_sale_2027_u2', 3)).toBe(1); // a line below 1 is kept as 1
  });
});

describe('ReportBuilder, the whole report', () => {
  const U = (id: string) => ({
    user_id: id,
    custom_attributes: {},
    event_properties: {},
    canvas_entry_properties: {},
    context: {},
    api_trigger_properties: {},
  });
  const BATCH_B: BatchResult = {
    outcomes: [
      {
        line: 2,
        file: 'b.txt',
        userId: 'u2',
        kind: 'sent',
        eventId: 'e2',
        accountCode: 'acme',
        localHour: 9,
      },
      {
        line: 3,
        file: 'b.txt',
        userId: 'u3',
        kind: 'failed',
        causes: [
          { code: 'c1', message: 'm1' },
          { code: 'c2', message: 'm2' },
        ],
        warnings: ['w1'],
        user: U('u3'),
      },
      { line: 5, file: 'b.txt', userId: 'u5', kind: 'aborted', reason: 'R', warnings: ['w2'], user: U('u5') },
      { line: 6, file: 'b.txt', userId: 'u6', kind: 'failed' },
    ],
    malformed: [
      { line: 9, file: 'b.txt', message: 'bad b9' },
      { line: 2, file: 'b.txt', message: 'bad b2' },
    ],
    sent: {
      at: [0, 3],
      lines: [1, 4],
      eventIds: ['e1', 'e2'],
      accountCodes: ['acme', 'globex'],
      localHours: [9, -1],
      warnings: [['w1'], null],
    },
  };
  const BATCH_A: BatchResult = {
    outcomes: [
      {
        line: 7,
        file: 'a.txt',
        userId: 'a7',
        kind: 'sent',
        eventId: 'e1',
        accountCode: 'globex',
        localHour: 0,
        warnings: ['w1', 'w2'],
      },
      { line: 8, file: 'a.txt', userId: 'a8', kind: 'sent', warnings: ['w2'] },
      {
        line: 9,
        file: 'a.txt',
        userId: 'a9',
        kind: 'sent',
        accountCode: 'globex',
        localHour: 23,
        warnings: ['w2'],
      },
      {
        line: 2,
        file: 'a.txt',
        userId: 'a2',
        kind: 'failed',
        causes: [{ code: 'c2', message: 'm2 again' }],
        user: U('a2'),
      },
      { line: 1, file: 'a.txt', userId: 'a1', kind: 'failed', causes: [{ code: 'c2', message: 'm2 first' }] },
    ] as UserOutcome[],
    malformed: [{ line: 4, file: 'a.txt', message: 'bad a4' }],
  };

  // Batches arrive out of file order; within a batch, the sent users' columns say where each sent user was
  // checked among the other outcomes (e2 is seen first at line 2, an outcome, then at line 4, a column).
  it('is what a marketer reads: counts, causes and examples in file order, sorted tallies, duplicates, hours', () => {
    const b = new ReportBuilder();
    b.add(BATCH_B);
    b.add(BATCH_A);
    expect(b.report('jsonl')).toStrictEqual({
      format: 'jsonl',
      users: 11,
      sent: 6,
      aborted: 1,
      failed: 4,
      abortReasons: [
        {
          reason: 'R',
          count: 1,
          examples: [
            {
              line: 5,
              file: 'b.txt',
              userId: 'u5',
              message: 'R',
              user: U('u5'),
            },
          ],
        },
      ],
      causes: [
        {
          code: 'c2',
          count: 3,
          fix: 'm2',
          examples: [
            {
              line: 1,
              file: 'a.txt',
              userId: 'a1',
              message: 'm2 first',
            },
            {
              line: 2,
              file: 'a.txt',
              userId: 'a2',
              message: 'm2 again',
              user: U('a2'),
            },
            {
              line: 3,
              file: 'b.txt',
              userId: 'u3',
              message: 'm2',
              user: U('u3'),
            },
          ],
        },
        {
          code: 'c1',
          count: 1,
          fix: 'm1',
          examples: [
            {
              line: 3,
              file: 'b.txt',
              userId: 'u3',
              message: 'm1',
              user: U('u3'),
            },
          ],
        },
      ],
      warnings: [
        {
          code: 'w2',
          count: 4,
        },
        {
          code: 'w1',
          count: 3,
        },
      ],
      requestsPerAccount: [
        {
          accountCode: 'globex',
          requests: 3,
        },
        {
          accountCode: 'acme',
          requests: 2,
        },
        {
          accountCode: '',
          requests: 1,
        },
      ],
      requestsToOtherAccounts: 0,
      duplicates: {
        users: 4,
        eventIds: 2,
        examples: [
          {
            eventId: 'e2',
            users: 2,
            lines: [2, 4],
          },
          {
            eventId: 'e1',
            users: 2,
            lines: [1, 7],
          },
        ],
      },
      localStartHours: [1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
      localStartUnknown: 2,
      malformed: {
        count: 3,
        examples: [
          {
            line: 4,
            file: 'a.txt',
            message: 'bad a4',
          },
          {
            line: 2,
            file: 'b.txt',
            message: 'bad b2',
          },
          {
            line: 9,
            file: 'b.txt',
            message: 'bad b9',
          },
        ],
      },
      failures: [
        {
          line: 1,
          file: 'a.txt',
          userId: 'a1',
          outcome: 'failed',
          code: 'c2',
          message: 'm2 first',
        },
        {
          line: 2,
          file: 'a.txt',
          userId: 'a2',
          outcome: 'failed',
          code: 'c2',
          message: 'm2 again',
          user: U('a2'),
        },
        {
          line: 3,
          file: 'b.txt',
          userId: 'u3',
          outcome: 'failed',
          code: 'c1',
          message: 'm1',
          user: U('u3'),
        },
        {
          line: 5,
          file: 'b.txt',
          userId: 'u5',
          outcome: 'aborted',
          code: 'render.aborted',
          message: 'R',
          user: U('u5'),
        },
        {
          line: 6,
          file: 'b.txt',
          userId: 'u6',
          outcome: 'failed',
          code: 'render.failed',
          message: '',
        },
      ],
      failuresTruncated: false,
    });
  });
});

describe('ReportBuilder, its bounds', () => {
  it('keeps the first 100 malformed records by place, whatever order they come in, and counts them all', () => {
    const b = new ReportBuilder();
    for (let line = 150; line >= 1; line--) b.addMalformed({ line, message: 'bad' });
    const r = b.report('jsonl');
    expect(r.malformed.count).toBe(150);
    expect(r.malformed.examples.map((m) => m.line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  it('keeps the user of the first 500 failure rows only, and says when rows beyond 100,000 were left out', () => {
    const b = new ReportBuilder();
    const causes = [{ code: 'x', message: 'm' }];
    const outcomes = Array.from({ length: REPORT_LIMITS.failureRows }, (_, i): UserOutcome =>
      i <= REPORT_LIMITS.failureRowsWithUser
        ? failed(i + 1, 'x')
        : { line: i + 1, userId: '', kind: 'failed', causes },
    );
    b.add({ outcomes, malformed: [] });
    let r = b.report('jsonl');
    expect(r.failures).toHaveLength(REPORT_LIMITS.failureRows);
    expect(r.failuresTruncated).toBe(false);
    expect(r.failures.map((f) => f.user !== undefined).lastIndexOf(true)).toBe(
      REPORT_LIMITS.failureRowsWithUser - 1,
    );
    b.add({ outcomes: [failed(REPORT_LIMITS.failureRows + 1, 'x')], malformed: [] });
    r = b.report('jsonl');
    expect(r.failures).toHaveLength(REPORT_LIMITS.failureRows);
    expect(r.failuresTruncated).toBe(true);
    expect(r.failed).toBe(REPORT_LIMITS.failureRows + 1);
  });

  it('lists at most five lines of a repeated event id, and counts every user', () => {
    const b = new ReportBuilder();
    b.add({ outcomes: [1, 2, 3, 4, 5, 6, 7].map((l) => sent(l, 'same')), malformed: [] });
    expect(b.report('jsonl').duplicates).toEqual({
      users: 7,
      eventIds: 1,
      examples: [{ eventId: 'same', users: 7, lines: [1, 2, 3, 4, 5] }],
    });
  });
});
