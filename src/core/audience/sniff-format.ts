import { CSV_ID_COLUMNS } from './csv-splitter';
import { NotAnExportError } from './not-an-export';
import type { ExportFormat } from './types';

const EXPECTED =
  'a Braze user export is JSON lines (one user object per line, from /users/export/segment), a /users/export/ids response ({"users": [ … ]}) or the dashboard CSV export (with an external_id column).';

const IDS_START = /^\{\s*"(users|invalid_user_ids|message)"\s*:/;

/**
 * Decides the export format from the start of the text (at least its first line, unless the file is shorter),
 * or throws NotAnExportError with a sentence saying what the file looks like instead.
 */
export function sniffFormat(head: string): ExportFormat {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text === '') throw new NotAnExportError('The file is empty: it has no users.');
  if (text.includes('\u0000'))
    throw new NotAnExportError(`This file is binary, not a user export: ${EXPECTED}`);
  const nl = text.indexOf('\n');
  const first = (nl < 0 ? text : text.slice(0, nl)).trim();
  if (first.startsWith('{')) {
    if (IDS_START.test(text)) return 'ids';
    try {
      const value: unknown = JSON.parse(first);
      if (typeof value === 'object' && value !== null && Array.isArray((value as { users?: unknown }).users))
        return 'ids';
    } catch {
      // a damaged first line: still JSON lines, the line is reported as malformed
    }
    return 'jsonl';
  }
  if (first.startsWith('['))
    throw new NotAnExportError(`This file is a JSON list, not a user export: ${EXPECTED}`);
  const columns = first.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
  if (CSV_ID_COLUMNS.some((id) => columns.includes(id))) return 'csv';
  throw new NotAnExportError(`This file is not a Braze user export: ${EXPECTED}`);
}
