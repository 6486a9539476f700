import Papa from 'papaparse';
import { fixFor } from './cause-fixes';
import type { FailureRow } from './report-types';

const COLUMNS = ['line', 'file', 'external_id', 'outcome', 'cause', 'message', 'fix'];

/** The failures of a report as CSV (one row per user not sent, with the fix), ready to hand to a data team. */
export function failuresCsv(rows: readonly FailureRow[]): string {
  const data = rows.map((r) => [
    String(r.line),
    r.file ?? '',
    r.userId,
    r.outcome,
    r.code,
    r.message,
    r.outcome === 'aborted'
      ? 'Intended by the template (abort_message): nothing to fix.'
      : fixFor(r.code, r.message),
  ]);
  return `${Papa.unparse({ fields: COLUMNS, data }, { newline: '\n', escapeFormulae: true })}\n`;
}
