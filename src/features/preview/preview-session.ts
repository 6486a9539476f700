import type { Draft } from '../../core/event';
import type { Issue } from '../../core/issues';
import type { SampleUser } from '../../core/sample-user';
import { buildTemplate } from '../../core/template';
import type { BrazeTemplate, RenderedRequest } from '../../core/template';
import type * as AfterAnswer from './after-answer';
import { previewProblem } from './preview-error';
import { isAbortError } from './renderer';
import type { PreviewRenderer } from './renderer';

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
  /**
   * While rendering: the rendering of the latest draft, known without the worker because it differs from the
   * newest rendering known only in plain text (see renderAhead in core/template). Shown in place of `rendered`
   * until the worker's answer replaces it; its problems are those of the rendering it was derived from.
   */
  ahead?: RenderedRequest;
}

/** A change of the session: a new rendering asked for, one known ahead of its answer, or an answer. */
export type PreviewChange = 'request' | 'ahead' | 'answer';

/** The live preview of one screen, outside React: a keystroke can send its rendering before anything renders. */
export interface PreviewSession {
  /** Renders the draft's template for `user` unless that is what is shown or on its way; older requests are dropped. */
  update(draft: Draft, user: SampleUser): void;
  /** `listener` is told of each change ('answer': a rendering arrived, outside any event). */
  subscribe(listener: (change: PreviewChange) => void): () => void;
  /** The current state; a new object after each change only. */
  getSnapshot(): PreviewState;
  /** Cancels the rendering on its way. */
  dispose(): void;
}

let loaded: typeof AfterAnswer | null = null;
/** Placing problems in form fields and deriving renderings ahead need an answer first: they load after one. */
const loadAfterAnswer = () => import('./after-answer').then((m) => (loaded = m));

const NO_ISSUES: Issue[] = [];
const NO_REPLACED: ReadonlyMap<Issue, Issue> = new Map();

/** A request, with the draft its template was built from. */
interface Asked {
  template: BrazeTemplate;
  user: SampleUser;
  draft: Draft;
}

type Answer = Asked & { rendered: RenderedRequest | null; error?: Issue };

/** A rendering known to be exactly what the worker gives for its draft (its answer, or one derived ahead). */
type Known = Asked & { rendered: RenderedRequest };

/** Whether two templates, or two renderings, are equal in every field (the body, the longest, compared first). */
const same = (a: { body: string }, b: { body: string }): boolean =>
  a.body === b.body && JSON.stringify(a) === JSON.stringify(b);

/**
 * Creates the preview of one screen for `draft` and `user` (nothing is rendered before the first `update`):
 * the template is built on this thread and rendered by `renderer`; only the answer for the latest request
 * is ever shown (an answer for an older draft or user is dropped when it arrives).
 */
export function createPreviewSession(
  renderer: PreviewRenderer,
  draft: Draft,
  user: SampleUser,
): PreviewSession {
  let lastDraft = draft;
  let template = buildTemplate(draft);
  let wanted: Asked | null = null;
  let answer: Answer | null = null;
  let known: Known | null = null;
  /** Whether `known` is the rendering of the latest request, derived ahead of its answer. */
  let ahead = false;
  let controller: AbortController | null = null;
  let located: ReturnType<typeof AfterAnswer.draftIssuesOf> | null = null;
  const listeners = new Set<(change: PreviewChange) => void>();
  let snapshot = stateOf(user);

  function stateOf(shownUser: SampleUser): PreviewState {
    const draftIssues = located?.issues ?? NO_ISSUES;
    const replacedIssues = located?.replaced ?? NO_REPLACED;
    const fresh = answer !== null && answer.template === template && answer.user === shownUser;
    if (!fresh) {
      const rendered = answer?.rendered ?? null;
      const state: PreviewState = {
        status: 'rendering',
        template,
        rendered,
        draftIssues,
        replacedIssues,
        user: shownUser,
      };
      if (ahead) state.ahead = known!.rendered;
      return state;
    }
    if (answer!.error !== undefined) {
      return {
        status: 'failed',
        template,
        rendered: null,
        draftIssues,
        error: answer!.error,
        user: shownUser,
      };
    }
    const rendered = answer!.rendered;
    return { status: 'ready', template, rendered, draftIssues, replacedIssues, user: shownUser };
  }

  function publish(change: PreviewChange): void {
    snapshot = stateOf(wanted?.user ?? snapshot.user);
    for (const listener of listeners) listener(change);
  }

  function relocate(): void {
    located = answer && loaded ? loaded.draftIssuesOf(answer.template.body, answer.rendered) : null;
  }

  function settle(next: Answer): void {
    // An answer that confirms the rendering known (derived ahead of it) keeps that object: nothing to redraw.
    const rendered =
      known && next.rendered && same(known.rendered, next.rendered) ? known.rendered : next.rendered;
    answer = { ...next, rendered };
    ahead = false;
    if (rendered) known = { ...next, rendered };
    relocate();
    publish('answer');
    // Only once the answer is drawn: starting a dynamic import costs the page's thread a few ms at 4x CPU.
    if (!loaded) {
      void loadAfterAnswer().then(() => {
        relocate();
        publish('answer');
      });
    }
  }

  return {
    update(nextDraft, nextUser) {
      if (nextDraft !== lastDraft) {
        lastDraft = nextDraft;
        const built = buildTemplate(nextDraft);
        if (!same(built, template)) template = built;
      }
      if (wanted && wanted.template === template && wanted.user === nextUser) return;
      controller?.abort();
      const own = new AbortController();
      controller = own;
      const asked: Asked = { template, user: nextUser, draft: lastDraft };
      wanted = asked;
      renderer.render(asked.template, asked.user, { signal: own.signal }).then(
        (rendered) => {
          if (!own.signal.aborted) settle({ ...asked, rendered });
        },
        (error: unknown) => {
          if (own.signal.aborted || isAbortError(error)) return;
          settle({ ...asked, rendered: null, error: previewProblem(error) });
        },
      );
      // Plain text typed: the rendering is known from the newest one without waiting for the answer.
      const derived = known && loaded?.renderAhead(known, asked);
      if (derived) known = { ...asked, rendered: derived };
      ahead = !!derived;
      publish(derived ? 'ahead' : 'request');
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    dispose() {
      controller?.abort();
      wanted = null;
    },
  };
}
