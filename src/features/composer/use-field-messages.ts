import { useCallback, useMemo } from 'react';
import { get, useFormState } from 'react-hook-form';
import type { Issue } from '../../core/issues';
import { messagesFor, type FieldMessage } from './field-messages';
import type { ComposerFormApi } from './use-composer-form';

/** The time checks among the problems (what the time summary lists). */
const isTimeCheck = (issue: Issue) => issue.code.startsWith('draft.') && issue.code !== 'draft.field-invalid';

/**
 * Collects, per draft field, the form's own error and the problems of the one merged list that concern it;
 * returns a lookup `(field) => messages` and the time checks (for the time summary).
 */
export function useFieldMessages(form: ComposerFormApi, issues: Issue[]) {
  const { errors } = useFormState({ control: form.control });
  const timeIssues = useMemo(() => issues.filter(isTimeCheck), [issues]);
  const messages = useCallback(
    (field: string): FieldMessage[] => {
      const error: unknown = get(errors, field);
      const text =
        error && typeof error === 'object' && 'message' in error && typeof error.message === 'string'
          ? error.message
          : undefined;
      return messagesFor(field, text, issues);
    },
    [errors, issues],
  );
  return { messages, timeIssues };
}
