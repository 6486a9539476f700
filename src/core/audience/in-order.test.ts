import { describe, expect, it } from 'vitest';
import { InOrder } from './in-order';
import { ReportBuilder } from './report-builder';
import { REPORT_LIMITS } from './report-types';
import type { BatchResult, UserOutcome } from './types';

const sent = (line: number, eventId: string): UserOutcome => ({
  line,
  userId: `u${line}`,
  kind: 'sent',
  eventId,
  accountCode: `acct${line % 1500}`, // more codes than the report lists: which ones depends on order too
  localHour: line % 24,
});
const failed = (line: number): UserOutcome => ({
  line,
  userId: `u${line}`,
  kind: 'failed',
  causes: [{ code: 'json.invalid', message: 'bad body' }],
});

/** 40 batches of 100 users; about 60 event ids are each shared by two users 2,000 lines apart. */
const BATCHES: BatchResult[] = Array.from({ length: 40 }, (_, b) => ({
  outcomes: Array.from({ length: 100 }, (_, i) => {
    const line = b * 100 + i + 1;
    if (i >= 3 && line % 97 === 0) return failed(line);
    return sent(line, i < 3 ? `shared_${(b * 3 + i) % 60}` : `own_${line}`);
  }),
  malformed: [],
}));

/** A seeded shuffle of 0…n-1 (each run of the test sees the same orders). */
function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = seed;
  for (let i = n - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/** The report of BATCHES when their results arrive in `order` and pass through InOrder. */
function reportArriving(order: number[]) {
  const builder = new ReportBuilder();
  const ordered = new InOrder<BatchResult>((r) => builder.add(r));
  for (const seq of order) ordered.put(seq, BATCHES[seq] as BatchResult);
  return builder.report('jsonl');
}

describe('InOrder', () => {
  it('applies results in the order the tasks were sent, whatever order they arrive in', () => {
    const applied: string[] = [];
    const ordered = new InOrder<string>((r) => applied.push(r));
    ordered.put(2, 'c');
    ordered.put(1, 'b');
    expect(applied).toEqual([]);
    ordered.put(0, 'a');
    ordered.put(3, 'd');
    expect(applied).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives the same report whatever order the batches come back in', () => {
    const inFileOrder = reportArriving(BATCHES.map((_, i) => i));
    for (const seed of [1, 2, 3]) expect(reportArriving(shuffled(BATCHES.length, seed))).toEqual(inFileOrder);
    // The examples of shared event ids are the earliest in the file, each with its first lines.
    const { examples } = inFileOrder.duplicates;
    expect(examples).toHaveLength(REPORT_LIMITS.duplicateExamples);
    expect(examples[0]).toEqual({ eventId: 'shared_0', users: 2, lines: [1, 2001] });
    expect(examples.map((e) => e.eventId)).toEqual(
      Array.from({ length: REPORT_LIMITS.duplicateExamples }, (_, i) => `shared_${i}`),
    );
  });

  it('without it, the listed shared event ids depend on the order of arrival', () => {
    const builder = new ReportBuilder();
    for (const seq of shuffled(BATCHES.length, 1)) builder.add(BATCHES[seq] as BatchResult);
    expect(builder.report('jsonl').duplicates.examples).not.toEqual(
      reportArriving(BATCHES.map((_, i) => i)).duplicates.examples,
    );
  });
});
