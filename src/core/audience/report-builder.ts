import { fixFor } from './cause-fixes';
import { EventIdIndex } from './event-id-index';
import {
  type AbortSummary,
  type CauseSummary,
  type DryRunReport,
  type DuplicateEventId,
  type FailureRow,
  REPORT_LIMITS as L,
  type ReportExample,
} from './report-types';
import type { BatchResult, ExportFormat, MalformedRecord, RecordPlace, UserOutcome } from './types';

/**
 * Distinct failure texts kept once: up to 100,000 failure rows mostly repeat a few sentences, and a million
 * users' copies of them were tens of megabytes.
 */
const INTERNED_TEXTS = 4096;

const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;

/** File order (as named), then line: the order a marketer reads the export in. */
const byPlace = (a: RecordPlace, b: RecordPlace) =>
  (a.file ?? '') < (b.file ?? '') ? -1 : (a.file ?? '') > (b.file ?? '') ? 1 : a.line - b.line;

/** Keeps the `limit` first examples by place, whatever order batches arrive in. */
function keepEarliest(examples: ReportExample[], example: ReportExample, limit: number): void {
  if (examples.length < limit) examples.push(example);
  else if (byPlace(example, examples[examples.length - 1] as ReportExample) < 0)
    examples[examples.length - 1] = example;
  else return;
  examples.sort(byPlace);
}

/** Accumulates batch results, in any order, into a DryRunReport; every list it keeps is bounded. */
export class ReportBuilder {
  private users = 0;
  private sent = 0;
  private aborted = 0;
  private failed = 0;
  private readonly reasons = new Map<string, AbortSummary>();
  private readonly causes = new Map<string, CauseSummary>();
  private readonly warnings = new Map<string, number>();
  private readonly accounts = new Map<string, number>();
  private otherAccountRequests = 0;
  /** Every event id seen (hashed): the one structure that grows with the audience. */
  private readonly eventIds = new EventIdIndex();
  private readonly duplicates = new Map<string, DuplicateEventId>();
  private duplicateUsers = 0;
  private duplicateIds = 0;
  private readonly hours: number[] = Array.from({ length: 24 }, () => 0);
  private unknownHour = 0;
  private malformedCount = 0;
  private readonly malformed: MalformedRecord[] = [];
  private readonly failures: FailureRow[] = [];
  private failuresTruncated = false;
  private failuresSorted = true;
  /** One copy of each failure code and sentence kept (each row arrives from a thread as its own copy). */
  private readonly texts = new Map<string, string>();

  private intern(text: string): string {
    const kept = this.texts.get(text);
    if (kept !== undefined) return kept;
    if (this.texts.size < INTERNED_TEXTS) this.texts.set(text, text);
    return text;
  }

  /** Adds one batch's outcomes and malformed records, users in the order they were checked. */
  add(result: BatchResult): void {
    for (const m of result.malformed) this.addMalformed(m);
    const { outcomes, sent } = result;
    let next = 0;
    if (sent) {
      for (let i = 0; i < sent.lines.length; i++) {
        // the outcomes of users checked before this sent user come first
        while (next + i < (sent.at[i] as number)) this.addOutcome(outcomes[next++] as UserOutcome);
        const hour = sent.localHours[i] as number;
        this.users += 1;
        this.addSent(
          sent.lines[i] as number,
          sent.eventIds[i] ?? undefined,
          sent.accountCodes[i] as string,
          hour < 0 ? null : hour,
          sent.warnings[i] ?? undefined,
        );
      }
    }
    while (next < outcomes.length) this.addOutcome(outcomes[next++] as UserOutcome);
  }

  /** Counts a record that could not be read (reported with its line). */
  addMalformed(m: MalformedRecord): void {
    this.malformedCount += 1;
    if (this.malformed.length < L.malformedExamples) this.malformed.push(m);
    else if (byPlace(m, this.malformed[this.malformed.length - 1] as MalformedRecord) < 0)
      this.malformed[this.malformed.length - 1] = m;
    else return;
    this.malformed.sort(byPlace);
  }

  private example(o: UserOutcome, message: string): ReportExample {
    return {
      line: o.line,
      ...(o.file ? { file: o.file } : {}),
      userId: o.userId,
      message,
      ...(o.user ? { user: o.user } : {}),
    };
  }

  private addFailure(o: UserOutcome, code: string, message: string): void {
    if (this.failures.length >= L.failureRows) {
      this.failuresTruncated = true;
      return;
    }
    const keepUser = this.failures.length < L.failureRowsWithUser && o.user;
    this.failuresSorted = false;
    this.failures.push({
      line: o.line,
      ...(o.file ? { file: o.file } : {}),
      userId: o.userId,
      outcome: o.kind === 'aborted' ? 'aborted' : 'failed',
      code: this.intern(code),
      message: this.intern(message),
      ...(keepUser ? { user: o.user } : {}),
    });
  }

  private addWarnings(codes: readonly string[]): void {
    for (const w of codes) this.warnings.set(w, (this.warnings.get(w) ?? 0) + 1);
  }

  private addOutcome(o: UserOutcome): void {
    this.users += 1;
    if (o.kind === 'sent') {
      this.addSent(o.line, o.eventId, o.accountCode ?? '', o.localHour ?? null, o.warnings);
      return;
    }
    if (o.warnings) this.addWarnings(o.warnings);
    if (o.kind === 'aborted') {
      this.aborted += 1;
      const reason = o.reason ?? '';
      const entry = this.reasons.get(reason) ?? { reason, count: 0, examples: [] };
      entry.count += 1;
      keepEarliest(entry.examples, this.example(o, reason), L.examples);
      this.reasons.set(reason, entry);
      this.addFailure(o, 'render.aborted', reason);
      return;
    }
    if (o.kind === 'failed') {
      this.failed += 1;
      for (const c of o.causes ?? []) {
        const entry = this.causes.get(c.code) ?? {
          code: c.code,
          count: 0,
          fix: fixFor(c.code, c.message),
          examples: [],
        };
        entry.count += 1;
        keepEarliest(entry.examples, this.example(o, c.message), L.examples);
        this.causes.set(c.code, entry);
      }
      const first = o.causes?.[0];
      this.addFailure(o, first?.code ?? 'render.failed', first?.message ?? '');
    }
  }

  /** Counts a user who would be sent (their request's account, local start hour and event id). */
  private addSent(
    line: number,
    eventId: string | undefined,
    account: string,
    localHour: number | null,
    warnings: readonly string[] | undefined,
  ): void {
    if (warnings) this.addWarnings(warnings);
    this.sent += 1;
    const requests = this.accounts.get(account);
    if (requests !== undefined) this.accounts.set(account, requests + 1);
    else if (this.accounts.size < L.accountCodes) this.accounts.set(account, 1);
    else this.otherAccountRequests += 1;
    if (localHour !== null) this.hours[localHour] = (this.hours[localHour] ?? 0) + 1;
    else this.unknownHour += 1;
    if (eventId !== undefined) this.addEventId(eventId, line);
  }

  private addEventId(eventId: string, line: number): void {
    const seen = this.eventIds.add(eventId, line);
    if (seen === 0) return;
    // a negative line marks an id already counted as duplicated
    const first = Math.abs(seen);
    if (seen > 0) {
      this.duplicateIds += 1;
      this.duplicateUsers += 1;
    }
    this.duplicateUsers += 1;
    let dup = this.duplicates.get(eventId);
    if (!dup && this.duplicates.size < L.duplicateExamples) {
      dup = { eventId, users: 1, lines: [first] };
      this.duplicates.set(eventId, dup);
    }
    if (!dup) return;
    dup.users += 1;
    if (dup.lines.length < L.duplicateLines) dup.lines.push(line);
  }

  /** The report so far (cheap enough to call for progress updates). */
  report(format: ExportFormat | null): DryRunReport {
    if (!this.failuresSorted) {
      this.failures.sort(byPlace); // nearly sorted already: batches arrive roughly in order
      this.failuresSorted = true;
    }
    return {
      format,
      users: this.users,
      sent: this.sent,
      aborted: this.aborted,
      failed: this.failed,
      abortReasons: [...this.reasons.values()].sort(byCount),
      causes: [...this.causes.values()].sort(byCount),
      warnings: [...this.warnings].map(([code, count]) => ({ code, count })).sort(byCount),
      requestsPerAccount: [...this.accounts]
        .map(([accountCode, requests]) => ({ accountCode, requests }))
        .sort((a, b) => b.requests - a.requests),
      requestsToOtherAccounts: this.otherAccountRequests,
      duplicates: {
        users: this.duplicateUsers,
        eventIds: this.duplicateIds,
        examples: [...this.duplicates.values()],
      },
      localStartHours: [...this.hours],
      localStartUnknown: this.unknownHour,
      malformed: { count: this.malformedCount, examples: [...this.malformed] },
      failures: this.failures,
      failuresTruncated: this.failuresTruncated,
    };
  }
}
