import { coerceDraft } from '../template';
import type { Draft } from '../event';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) sorted[key] = canonical(v);
    }
    return sorted;
  }
  return value;
}

/**
 * A string equal for two drafts exactly when the composer shows the same event (key order does not matter;
 * fields from a newer version are carried along but not compared): used to tell unsaved changes, to resolve
 * revisions and to spot duplicates on import.
 */
export function contentKey(draft: Draft): string {
  return JSON.stringify(canonical(coerceDraft(draft)));
}
