import { startTransition, useEffect, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Draft } from '../../core/event';
import type { SampleUser } from '../../core/sample-user';
import { createPreviewSession } from './preview-session';
import type { PreviewChange, PreviewSession, PreviewState } from './preview-session';
import { usePreviewRenderer } from './renderer-context';

export type { PreviewSession, PreviewState } from './preview-session';

/**
 * Returns this component's preview session for the renderer in context (a new one if the renderer changes),
 * starting from `draft` and `user`. Its rendering on the way is cancelled on unmount.
 */
export function usePreviewSession(draft: Draft, user: SampleUser): PreviewSession {
  const renderer = usePreviewRenderer();
  const [own, setOwn] = useState(() => ({ renderer, session: createPreviewSession(renderer, draft, user) }));
  let { session } = own;
  if (own.renderer !== renderer) {
    session = createPreviewSession(renderer, draft, user);
    setOwn({ renderer, session });
  }
  useLayoutEffect(() => () => session.dispose(), [session]);
  return session;
}

/**
 * The state of `session` for the preview pane: an answer is drawn at once, in the task that received it and
 * ahead of any transition in progress; a rendering known ahead of its answer (plain text typed) with the
 * keystroke that made it, like the field itself; a new request ("Rendering…") in a transition, so a keystroke
 * does not wait for it, and a fast answer goes straight from one "Up to date" to the next. (Not
 * useSyncExternalStore: a store change during a transition that renders the caller would make React redo that
 * transition synchronously.)
 */
export function usePreviewState(session: PreviewSession): PreviewState {
  const [state, setState] = useState(session.getSnapshot);
  useLayoutEffect(() => {
    const show = (change: PreviewChange) => {
      if (change === 'answer') flushSync(() => setState(session.getSnapshot()));
      else if (change === 'ahead') setState(session.getSnapshot());
      else startTransition(() => setState(session.getSnapshot()));
    };
    // A change made between this render and now (a request sent by an earlier layout effect).
    show('request');
    return session.subscribe(show);
  }, [session]);
  return state;
}

/**
 * The state of `session` for what may wait a little (problems, the other panels): each change arrives in a
 * transition, so a keystroke or an answer never waits for those renders.
 */
export function useDeferredPreviewState(session: PreviewSession): PreviewState {
  const [state, setState] = useState(session.getSnapshot);
  useEffect(() => {
    const follow = () => startTransition(() => setState(session.getSnapshot()));
    follow();
    return session.subscribe(follow);
  }, [session]);
  return state;
}

/**
 * Builds the template for the draft on this thread and renders it for `user` in the preview worker;
 * only the answer for the latest draft/user is kept (older answers are dropped when they arrive).
 */
export function usePreview(draft: Draft, user: SampleUser): PreviewState {
  const session = usePreviewSession(draft, user);
  // A layout effect sends the render request before the browser paints the change, not a frame later.
  useLayoutEffect(() => session.update(draft, user), [session, draft, user]);
  return usePreviewState(session);
}
