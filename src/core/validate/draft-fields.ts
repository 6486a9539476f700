import { DraftSchema, type Draft } from '../event';
import type { Issue } from '../issues';

/**
 * Checks each composer field against the draft schema and returns one error per bad field, located at that
 * field (`title`, `notifyBefore`, `options.updateShape`) with the schema's sentence naming the fix.
 */
export function checkDraftFields(draft: Draft): Issue[] {
  const parsed = DraftSchema.safeParse(draft);
  if (parsed.success) return [];
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const problem of parsed.error.issues) {
    const path = problem.path.map(String).join('.');
    if (seen.has(path)) continue; // the first sentence per field is the one the form shows
    seen.add(path);
    out.push({
      code: 'draft.field-invalid',
      path,
      message: problem.message,
      severity: 'error',
      field: 'draft',
    });
  }
  return out;
}
