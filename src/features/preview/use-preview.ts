import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { Draft } from '../../core/event';
import type { Issue } from '../../core/issues';
import type { SampleUser } from '../../core/sample-user';
import { buildTemplate } from '../../core/template';
import type { BrazeTemplate, RenderedRequest } from '../../core/template';
import type { draftIssuesOf } from './draft-issues';
import { previewProblem } from './preview-error';
import { isAbortError } from './renderer';
import { usePreviewRenderer } from './renderer-context';

/** What the preview shows: the template, its latest rendering for the sample user, and problems. */
export interface PreviewState {
  status: 'rendering' | 'ready' | 'failed';
  template: BrazeTemplate;
  rendered: RenderedRequest | null;
  /** Liquid problems located in a draft field; `path` is the draft field name, line/column in its text. */
  draftIssues: Issue[];
  /** The issues of `rendered` that `draftIssues` stand for (shown at the field instead), with their stand-in. */
  replacedIssues?: ReadonlyMap<Issue, Issue>;
  /** Why the preview failed (worded by the interface like any problem). */
  error?: Issue;
  /** The user the rendering is for. */
  user: SampleUser;
}

type LocateDraftIssues = typeof draftIssuesOf;
let loadedLocate: LocateDraftIssues | null = null;
/** Placing problems in form fields is only needed once a rendering has problems: it loads after the first paint. */
const loadLocate = (): Promise<LocateDraftIssues> =>
  import('./draft-issues').then((m) => (loadedLocate = m.draftIssuesOf));

const NO_ISSUES: Issue[] = [];
const NO_REPLACED: ReadonlyMap<Issue, Issue> = new Map();

interface Answer {
  template: BrazeTemplate;
  user: SampleUser;
  rendered: RenderedRequest | null;
  error?: Issue;
}

/**
 * Builds the template for the draft on this thread and renders it for `user` in the preview worker;
 * only the answer for the latest draft/user is kept (older answers are dropped when they arrive).
 */
export function usePreview(draft: Draft, user: SampleUser): PreviewState {
  const renderer = usePreviewRenderer();
  const template = useMemo(() => buildTemplate(draft), [draft]);
  const [answer, setAnswer] = useState<Answer | null>(null);

  // A layout effect sends the render request before the browser paints the keystroke, not a frame later.
  useLayoutEffect(() => {
    const controller = new AbortController();
    renderer.render(template, user, { signal: controller.signal }).then(
      (rendered) => {
        if (!controller.signal.aborted) setAnswer({ template, user, rendered });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setAnswer({ template, user, rendered: null, error: previewProblem(error) });
      },
    );
    return () => controller.abort();
  }, [renderer, template, user]);

  const fresh = answer !== null && answer.template === template && answer.user === user;
  // While a new rendering is on its way, keep the last answer's problems so fields do not flicker.
  const [locate, setLocate] = useState<LocateDraftIssues | null>(() => loadedLocate);
  useEffect(() => {
    if (!locate) void loadLocate().then((f) => setLocate(() => f));
  }, [locate]);
  const located = useMemo(
    () => (answer && locate ? locate(answer.template.body, answer.rendered) : null),
    [answer, locate],
  );
  // One object per change, not per render: memoised panels compare it.
  return useMemo((): PreviewState => {
    const draftIssues = located?.issues ?? NO_ISSUES;
    const replacedIssues = located?.replaced ?? NO_REPLACED;
    if (!fresh) {
      const rendered = answer?.rendered ?? null;
      return { status: 'rendering', template, rendered, draftIssues, replacedIssues, user };
    }
    if (answer.error !== undefined) {
      return { status: 'failed', template, rendered: null, draftIssues, error: answer.error, user };
    }
    return { status: 'ready', template, rendered: answer.rendered, draftIssues, replacedIssues, user };
  }, [fresh, answer, located, template, user]);
}
