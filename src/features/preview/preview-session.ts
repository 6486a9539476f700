import type { Draft } from '../../core/event';
import type { Issue } from '../../core/issues';
import type { SampleUser } from '../../core/sample-user';
import { buildTemplate } from '../../core/template';
import type { BrazeTemplate, RenderedRequest } from '../../core/template';
import type { draftIssuesOf } from './draft-issues';
import type * as AheadModule from './render-ahead';
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
   * While rendering: the rendering of a newer draft than `rendered`'s (the latest one when it could be),
   * known without the worker because the drafts differ only in plain text (see renderAhead); shown in place
   * of `rendered`, and replaced by the worker's answer. Its problems are `rendered`'s, not checked again.
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

type LocateDraftIssues = typeof draftIssuesOf;
let loadedLocate: LocateDraftIssues | null = null;
/** Placing problems in form fields is only needed once a rendering has problems: it loads after the first paint. */
const loadLocate = (): Promise<LocateDraftIssues> =>
  import('./draft-issues').then((m) => (loadedLocate = m.draftIssuesOf));

type Ahead = typeof AheadModule;
let loadedAhead: Ahead | null = null;
/** Only typing needs renderings derived ahead of the worker: the code loads with the first answer. */
const loadAhead = (): Promise<Ahead> => import('./render-ahead').then((m) => (loadedAhead = m));

const NO_ISSUES: Issue[] = [];
const NO_REPLACED: ReadonlyMap<Issue, Issue> = new Map();

/** A request: the draft its template was built from, and its place in the order of requests. */
interface Asked {
  template: BrazeTemplate;
  user: SampleUser;
  draft: Draft;
  order: number;
}

type Answer = Asked & { rendered: RenderedRequest | null; error?: Issue };

/** A rendering known to be exactly what the worker gives for its draft (its answer, or one derived ahead). */
type Known = Asked & { rendered: RenderedRequest };

const sameTemplate = (a: BrazeTemplate, b: BrazeTemplate): boolean =>
  a.url === b.url &&
  a.body === b.body &&
  a.headers.length === b.headers.length &&
  a.headers.every((h, i) => h.name === b.headers[i]!.name && h.value === b.headers[i]!.value);

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
  let requests = 0;
  let controller: AbortController | null = null;
  let locate = loadedLocate;
  let located: ReturnType<LocateDraftIssues> | null = null;
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
      if (known && known.user === shownUser && known.order > (answer?.order ?? -1))
        state.ahead = known.rendered;
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

  /** Derives the rendering `asked` will get from the newest one known, when renderAhead can (plain text typed). */
  function deriveAhead(asked: Asked): boolean {
    if (!loadedAhead || !known || known.user !== asked.user) return false;
    const rendered = loadedAhead.renderAhead(known, asked.draft, asked.template);
    if (rendered) known = { ...asked, rendered };
    return rendered !== null;
  }

  function relocate(): void {
    located = answer && locate ? locate(answer.template.body, answer.rendered) : null;
  }

  function settle(next: Answer): void {
    // An answer that confirms the rendering derived for its request keeps that object: nothing to redraw.
    const derived = known?.order === next.order ? known.rendered : null;
    const same = derived && next.rendered && loadedAhead?.sameRendering(derived, next.rendered);
    answer = same ? { ...next, rendered: derived } : next;
    if (answer.rendered && answer.error === undefined) known = { ...answer, rendered: answer.rendered };
    if (!loadedAhead) void loadAhead();
    if (!locate) {
      void loadLocate().then((f) => {
        locate = f;
        relocate();
        publish('answer');
      });
    }
    relocate();
    publish('answer');
  }

  return {
    update(nextDraft, nextUser) {
      if (nextDraft !== lastDraft) {
        lastDraft = nextDraft;
        const built = buildTemplate(nextDraft);
        if (!sameTemplate(built, template)) template = built;
      }
      if (wanted && wanted.template === template && wanted.user === nextUser) return;
      controller?.abort();
      const own = new AbortController();
      controller = own;
      const asked: Asked = { template, user: nextUser, draft: lastDraft, order: requests++ };
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
      publish(deriveAhead(asked) ? 'ahead' : 'request');
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
