import type { BrazeTemplate } from '../template';
import { type CheckOptions, type UserChecker, userChecker } from './check-user';
import { userFromCsv, userFromJson } from './export-user';
import { recordsOf } from './json-lines-splitter';
import type { BatchResult, RecordBatch } from './types';

/** JSON.parse's complaint, shortened to the part a marketer can use. */
function jsonProblem(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^JSON\.parse: /, '').split('\n')[0] ?? text;
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
 * place, everyone else gets an outcome. Users are checked one after another, in file order.
 */
export async function checkBatch(
  template: BrazeTemplate,
  batch: RecordBatch,
  options: CheckOptions,
): Promise<BatchResult> {
  const check = checkerFor(template, options);
  const result: BatchResult = { outcomes: [], malformed: [] };
  if (batch.kind === 'csv') {
    for (const { cells, ...place } of batch.records) {
      const outcome = check(userFromCsv(batch.header, cells), place);
      result.outcomes.push(outcome instanceof Promise ? await outcome : outcome);
    }
    return result;
  }
  for (const { text, ...place } of batch.kind === 'lines' ? recordsOf(batch) : batch.records) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      result.malformed.push({ ...place, message: `is not valid JSON (${jsonProblem(error)}).` });
      continue;
    }
    const mapped = userFromJson(value);
    if (!mapped.ok) result.malformed.push({ ...place, message: mapped.message });
    else {
      const outcome = check(mapped.user, place);
      result.outcomes.push(outcome instanceof Promise ? await outcome : outcome);
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
  const result: BatchResult = { outcomes: [], malformed: [] };
  for (const batch of batches) {
    const { outcomes, malformed } = await checkBatch(template, batch, options);
    for (const o of outcomes) result.outcomes.push(o);
    for (const m of malformed) result.malformed.push(m);
  }
  return result;
}
