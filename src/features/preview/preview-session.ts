import type { Draft } from '../../core/event';
import type { Issue } from '../../core/issues';
import type { SampleUser } from '../../core/sample-user';
import { buildTemplate } from '../../core/template';
import type { BrazeTemplate, RenderedRequest } from '../../core/template';
import type { draftIssuesOf } from './draft-issues';
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
}

/** The live preview of one screen, outside React: a keystroke can send its rendering before anything renders. */
export interface PreviewSession {
  /** Renders the draft's template for `user` unless that is what is shown or on its way; older requests are dropped. */
  update(draft: Draft, user: SampleUser): void;
  /** `listener` is told of each change; `answer` is true when a rendering arrived (outside any event). */
  subscribe(listener: (answer: boolean) => void): () => void;
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

const NO_ISSUES: Issue[] = [];
const NO_REPLACED: ReadonlyMap<Issue, Issue> = new Map();

interface Answer {
  template: BrazeTemplate;
  user: SampleUser;
  rendered: RenderedRequest | null;
  error?: Issue;
}

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
  let wanted: { template: BrazeTemplate; user: SampleUser } | null = null;
  let answer: Answer | null = null;
  let controller: AbortController | null = null;
  let locate = loadedLocate;
  let located: ReturnType<LocateDraftIssues> | null = null;
  const listeners = new Set<(answer: boolean) => void>();
  let snapshot = stateOf(user);

  function stateOf(shownUser: SampleUser): PreviewState {
    const draftIssues = located?.issues ?? NO_ISSUES;
    const replacedIssues = located?.replaced ?? NO_REPLACED;
    const fresh = answer !== null && answer.template === template && answer.user === shownUser;
    if (!fresh) {
      const rendered = answer?.rendered ?? null;
      return { status: 'rendering', template, rendered, draftIssues, replacedIssues, user: shownUser };
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

  function publish(answered: boolean): void {
    snapshot = stateOf(wanted?.user ?? snapshot.user);
    for (const listener of listeners) listener(answered);
  }

  function relocate(): void {
    located = answer && locate ? locate(answer.template.body, answer.rendered) : null;
  }

  function settle(next: Answer): void {
    answer = next;
    if (!locate) {
      void loadLocate().then((f) => {
        locate = f;
        relocate();
        publish(true);
      });
    }
    relocate();
    publish(true);
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
      const asked = { template, user: nextUser };
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
      publish(false);
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
