import type { BrazeTemplate } from '../template';
import { type CheckOptions, type UserChecker, userChecker } from './check-user';
import { userFromCsv, userFromJson } from './export-user';
import { recordsOf } from './json-lines-splitter';
import type { BatchResult, JsonRecord, MalformedRecord, RecordBatch, SentUsers, UserOutcome } from './types';

/** JSON.parse's complaint, shortened to the part a marketer can use. */
function jsonProblem(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^JSON\.parse: /, '').split('\n')[0] ?? text;
}

/** A record that could not be read, at its place. */
const malformed = (record: JsonRecord, message: string): MalformedRecord =>
  record.file === undefined
    ? { line: record.line, message }
    : { line: record.line, file: record.file, message };

/** An empty result, with the sent users' columns ready. */
const emptyResult = (): BatchResult & { sent: SentUsers } => ({
  outcomes: [],
  malformed: [],
  sent: { at: [], lines: [], eventIds: [], accountCodes: [], localHours: [], warnings: [] },
});

/** Adds a user's outcome to a result: a sent user to the columns, anyone else as the outcome itself. */
function addOutcome(result: BatchResult & { sent: SentUsers }, o: UserOutcome): void {
  const { sent } = result;
  if (o.kind !== 'sent') {
    result.outcomes.push(o);
    return;
  }
  sent.at.push(result.outcomes.length + sent.lines.length);
  sent.lines.push(o.line);
  sent.eventIds.push(o.eventId ?? null);
  sent.accountCodes.push(o.accountCode ?? '');
  sent.localHours.push(o.localHour ?? -1);
  sent.warnings.push(o.warnings ?? null);
}

let last: { key: string; check: UserChecker } | null = null;

/** The run's checker, prepared once and kept while batches of the same template and clock arrive. */
function checkerFor(template: BrazeTemplate, options: CheckOptions): UserChecker {
  const key = `${options.now.toISOString()}\u0000${JSON.stringify(template)}`;
  if (last?.key !== key) last = { key, check: userChecker(template, options) };
  return last.check;
}

/**
 * Checks every user of a batch (the unit a worker receives): malformed records are reported with their
 * place, everyone else gets an outcome (users who would be sent go to the `sent` columns). Users are
 * checked one after another, in file order.
 */
export async function checkBatch(
  template: BrazeTemplate,
  batch: RecordBatch,
  options: CheckOptions,
): Promise<BatchResult> {
  const check = checkerFor(template, options);
  const result = emptyResult();
  if (batch.kind === 'csv') {
    for (const { cells, ...place } of batch.records) {
      const outcome = check(userFromCsv(batch.header, cells), place);
      addOutcome(result, outcome instanceof Promise ? await outcome : outcome);
    }
    return result;
  }
  for (const record of batch.kind === 'lines' ? recordsOf(batch) : batch.records) {
    let value: unknown;
    try {
      value = JSON.parse(record.text);
    } catch (error) {
      result.malformed.push(malformed(record, `is not valid JSON (${jsonProblem(error)}).`));
      continue;
    }
    const mapped = userFromJson(value);
    if (!mapped.ok) result.malformed.push(malformed(record, mapped.message));
    else {
      // The record is the user's place (its line and file; the checker reads nothing else of it).
      const outcome = check(mapped.user, record);
      addOutcome(result, outcome instanceof Promise ? await outcome : outcome);
    }
  }
  return result;
}

/**
 * Checks several batches one after another (the unit a worker receives in one message) and gives one
 * result: outcomes and malformed records in the batches' order, as checkBatch gives them for each.
 */
export async function checkBatches(
  template: BrazeTemplate,
  batches: readonly RecordBatch[],
  options: CheckOptions,
): Promise<BatchResult> {
  const result = emptyResult();
  for (const batch of batches) {
    const { outcomes, malformed, sent } = await checkBatch(template, batch, options);
    const offset = result.outcomes.length + result.sent.lines.length;
    for (const o of outcomes) result.outcomes.push(o);
    for (const m of malformed) result.malformed.push(m);
    if (!sent) continue;
    for (let i = 0; i < sent.lines.length; i++) {
      result.sent.at.push(offset + (sent.at[i] as number));
      result.sent.lines.push(sent.lines[i] as number);
      result.sent.eventIds.push(sent.eventIds[i] ?? null);
      result.sent.accountCodes.push(sent.accountCodes[i] as string);
      result.sent.localHours.push(sent.localHours[i] as number);
      result.sent.warnings.push(sent.warnings[i] ?? null);
    }
  }
  return result;
}
