import { useCallback, useMemo } from 'react';
import { get, useFormState } from 'react-hook-form';
import type { DraftTiming } from '../../core/event';
import type { Issue } from '../../core/issues';
import { validateDraft } from '../../core/validate';
import { messagesFor, type FieldMessage } from './field-messages';
import type { ComposerFormApi } from './use-composer-form';

/**
 * Collects, per draft field, the zod error, the caller's issues and validateDraft's findings;
 * returns a lookup `(field) => messages` and the draft-level issues (for the time summary).
 */
export function useFieldMessages(form: ComposerFormApi, timing: DraftTiming, issues: Issue[], now?: Date) {
  const { errors } = useFormState({ control: form.control });
  const draftIssues = useMemo(() => {
    try {
      return validateDraft(timing, now);
    } catch {
      return [];
    }
  }, [timing, now]);
  const all = useMemo(() => [...draftIssues, ...issues], [draftIssues, issues]);
  const messages = useCallback(
    (field: string): FieldMessage[] => {
      const error: unknown = get(errors, field);
      const text =
        error && typeof error === 'object' && 'message' in error && typeof error.message === 'string'
          ? error.message
          : undefined;
      return messagesFor(field, text, all);
    },
    [errors, all],
  );
  return { messages, draftIssues };
}
