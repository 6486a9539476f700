import { useMemo, useState } from 'react';
import type { Draft } from '../core/event';
import { draftFieldOf, mergeIssues, sameIssues, type Issue } from '../core/issues';
import { checkDefaultTexts, checkDraftFields, validateDraft } from '../core/validate';
import type { PreviewState } from '../features/preview';

/**
 * The one list of problems the whole screen shows: each invalid field, the time checks, Liquid problems
 * located in a field (instead of their copy at the body), then the rendering's JSON, Rokt and Braze
 * problems for the selected sample user. Errors first. A list that says the same as the previous one is the
 * previous one (same array), so the form and panels showing it do not re-render on a keystroke that changes
 * no problem.
 */
export function useProblems(draft: Draft, preview: PreviewState, now: Date): Issue[] {
  const fields = useMemo(() => [...checkDraftFields(draft), ...checkDefaultTexts(draft)], [draft]);
  const { start, end, allDay, timezone, notifyBefore } = draft;
  const { startOccurrence, endOccurrence } = draft.options;
  const times = useMemo(
    () =>
      validateDraft(
        { start, end, allDay, timezone, notifyBefore, options: { startOccurrence, endOccurrence } },
        now,
      ),
    [start, end, allDay, timezone, notifyBefore, startOccurrence, endOccurrence, now],
  );
  const { rendered, draftIssues, replacedIssues } = preview;
  const merged = useMemo(() => {
    // One error per form field: when the draft already says what is wrong with a field (in the form's
    // words, with its fix), the rendered body's echo of the same field is not repeated.
    const fieldsInError = new Set(
      [...fields, ...times].filter((i) => i.severity === 'error').map((i) => draftFieldOf(i)),
    );
    const fromRendering = rendered
      ? [...rendered.errors, ...rendered.warnings].filter((i) => {
          if (replacedIssues?.has(i)) return false;
          const field = i.field === 'body' ? draftFieldOf(i) : null;
          return !(field && fieldsInError.has(field));
        })
      : [];
    return mergeIssues(fields, times, draftIssues, fromRendering);
  }, [fields, times, draftIssues, replacedIssues, rendered]);
  const [kept, keep] = useState(merged);
  if (kept === merged || sameIssues(kept, merged)) return kept;
  keep(merged);
  return merged;
}
