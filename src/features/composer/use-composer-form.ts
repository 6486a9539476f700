import { startTransition, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type Resolver, type UseFormReturn } from 'react-hook-form';
import { DraftSchema, type Draft, type DraftInput, type DraftTiming } from '../../core/event';
import { coerceDraft } from '../../core/template';

/** The composer's form object: react-hook-form over DraftInput, validated by the core schema. */
export type ComposerFormApi = UseFormReturn<DraftInput, unknown, Draft>;

type DraftResolver = Resolver<DraftInput, unknown, Draft>;

let loaded: DraftResolver | undefined;
/** The resolver's code (the zod adapter) is not needed to draw and type: it loads on the first validation. */
const loadDraftResolver = (): Promise<DraftResolver> =>
  import('./draft-resolver').then((m) => (loaded = m.zodResolver(DraftSchema)));

interface TaskScheduler {
  postTask(run: () => void, options: { priority: 'background' }): unknown;
}

/** Resolves after the work already waiting (a keystroke's frame, the preview's answer): background priority. */
const afterPendingWork = () =>
  new Promise<void>((resolve) => {
    const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
    if (scheduler) void scheduler.postTask(resolve, { priority: 'background' });
    else setTimeout(resolve, 0);
  });

/**
 * Validates with the zod resolver, waiting for its code the first time, and never inside the keystroke: the
 * check runs once the key's frame and the preview's answer are drawn.
 */
const lazyDraftResolver: DraftResolver = async (values, context, options) => {
  await afterPendingWork();
  return (loaded ?? (await loadDraftResolver()))(values, context, options);
};

/** Creates the composer form: zod resolver on DraftSchema, validating on every change (never blocking typing). */
export function useComposerForm(initial: Draft): ComposerFormApi {
  return useForm<DraftInput, unknown, Draft>({
    resolver: lazyDraftResolver,
    mode: 'onChange',
    defaultValues: initial,
  });
}

/** The live form values as a Draft (coerceDraft keeps half-typed values), stable while nothing changes. */
export function useDraftValues(form: ComposerFormApi): Draft {
  const values = useWatch({ control: form.control });
  return useMemo(() => coerceDraft(values), [values]);
}

/**
 * The live form values as a Draft for what may wait a little (problems, drafts, panels): updated in a
 * transition, so a keystroke never waits for those renders. `onChange` receives each new draft first,
 * synchronously, in the event that changed it (the live preview sends its rendering from there).
 */
export function useDeferredDraft(form: ComposerFormApi, onChange: (draft: Draft) => void): Draft {
  const [draft, setDraft] = useState(() => coerceDraft(form.getValues()));
  const latest = useRef(onChange);
  useLayoutEffect(() => {
    latest.current = onChange;
  }, [onChange]);
  useLayoutEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          const next = coerceDraft(values);
          latest.current(next);
          startTransition(() => setDraft(next));
        },
      }),
    [form],
  );
  return draft;
}

/** What the form's own layout depends on: the request mode and the timing fields. */
interface FormShape {
  mode: Draft['mode'];
  timing: DraftTiming;
}

const shapeOf = (values: unknown): FormShape => {
  const { mode, start, end, allDay, timezone, notifyBefore, options } = coerceDraft(values);
  const { startOccurrence, endOccurrence } = options;
  return {
    mode,
    timing: { start, end, allDay, timezone, notifyBefore, options: { startOccurrence, endOccurrence } },
  };
};

/**
 * The mode and timing of the live draft. Unlike useDraftValues, the caller re-renders only when one of them
 * changes (react-hook-form compares the computed value), not on a keystroke in a text field.
 */
export function useFormShape(form: ComposerFormApi): FormShape {
  return useWatch({ control: form.control, compute: shapeOf });
}
