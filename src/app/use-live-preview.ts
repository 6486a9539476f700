import { useCallback, useLayoutEffect, useRef } from 'react';
import type { Draft } from '../core/event';
import type { SampleUser } from '../core/sample-user';
import { useDeferredDraft, type ComposerFormApi } from '../features/composer';
import { useDeferredPreviewState, usePreviewSession } from '../features/preview';

/**
 * Connects the form to the live preview: each change sends its rendering from the event that made it, before
 * React renders anything, and only the preview pane (given `session`) draws the answer at once. The returned
 * `draft` and `preview` (for the problems, drafts and the other panels) follow in transitions, which the
 * preview's answer interrupts.
 */
export function useLivePreview(form: ComposerFormApi, initial: Draft, user: SampleUser) {
  const session = usePreviewSession(initial, user);
  const live = useRef<{ draft: Draft | null; user: SampleUser }>({ draft: null, user });
  const draft = useDeferredDraft(
    form,
    useCallback(
      (next: Draft) => {
        live.current.draft = next;
        session.update(next, live.current.user);
      },
      [session],
    ),
  );
  // Until the first change, the draft is the form's starting values; a new user renders the latest draft.
  const first = useRef(draft);
  useLayoutEffect(() => {
    live.current.user = user;
    session.update(live.current.draft ?? first.current, user);
  }, [session, user]);
  return { session, draft, preview: useDeferredPreviewState(session) };
}
