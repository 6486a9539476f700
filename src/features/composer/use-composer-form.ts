import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { DraftSchema, type Draft, type DraftInput } from '../../core/event';
import { coerceDraft } from '../../core/template';

/** The composer's form object: react-hook-form over DraftInput, validated by the core schema. */
export type ComposerFormApi = UseFormReturn<DraftInput, unknown, Draft>;

/** Creates the composer form: zod resolver on DraftSchema, validating on every change (never blocking typing). */
export function useComposerForm(initial: Draft): ComposerFormApi {
  return useForm<DraftInput, unknown, Draft>({
    resolver: zodResolver(DraftSchema),
    mode: 'onChange',
    defaultValues: initial,
  });
}

/** The live form values as a Draft (coerceDraft keeps half-typed values), stable while nothing changes. */
export function useDraftValues(form: ComposerFormApi): Draft {
  const values = useWatch({ control: form.control });
  return useMemo(() => coerceDraft(values), [values]);
}
