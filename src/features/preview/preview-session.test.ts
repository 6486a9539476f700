import { describe, expect, it } from 'vitest';
import type { Issue } from '../../core/issues';
import type { BrazeTemplate, RenderedRequest } from '../../core/template';
import type { SampleUser } from '../../core/sample-user';
import { draftWith, preset } from '../../testing/preview';
import { createPreviewSession } from './preview-session';
import { renderForPreview } from './render-for-preview';
import type { PreviewRenderer } from './renderer';

interface Call {
  template: BrazeTemplate;
  user: SampleUser;
  signal?: AbortSignal;
  resolve(r: RenderedRequest): void;
}

/** A renderer whose answers the test hands out, in any order. */
function heldRenderer() {
  const calls: Call[] = [];
  const renderer: PreviewRenderer = {
    render: (template, user, options) =>
      new Promise((resolve) => calls.push({ template, user, signal: options?.signal, resolve })),
    dispose() {},
  };
  return { renderer, calls };
}

const answerFor = (call: Call): RenderedRequest => ({
  url: call.template.url,
  method: 'POST',
  headers: [],
  body: `${call.template.body} for ${String(call.user.user_id)}`,
  json: null,
  errors: [],
  warnings: [],
});

/** Lets the session's promise callbacks run. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

const titled = (title: string) => draftWith({ title });
/** The title as the template (and so the fake answer) carries it. */
const captured = (title: string) => `{% capture eventTitle %}${title}{% endcapture`;

describe('the preview session keeps only the latest answer', () => {
  it.each([
    ['the newer answer first', [1, 0]],
    ['the older answer first', [0, 1]],
  ])('ends on the latest title when %s arrives', async (_, order) => {
    const { renderer, calls } = heldRenderer();
    const user = preset('guide');
    const session = createPreviewSession(renderer, titled('Old'), user);
    session.update(titled('Old'), user);
    session.update(titled('New'), user);
    expect(calls).toHaveLength(2);
    expect(calls[0]!.signal?.aborted).toBe(true);
    for (const i of order) calls[i]!.resolve(answerFor(calls[i]!));
    await settled();
    const state = session.getSnapshot();
    expect(state.status).toBe('ready');
    expect(state.rendered?.body).toContain(captured('New'));
    expect(state.rendered?.body).not.toContain(captured('Old'));
  });

  it('a late answer for the previous user never replaces the answer for the user now selected', async () => {
    const { renderer, calls } = heldRenderer();
    const [guide, none] = [preset('guide'), preset('none')];
    const draft = titled('Same');
    const session = createPreviewSession(renderer, draft, guide);
    session.update(draft, guide);
    session.update(draft, none);
    calls[1]!.resolve(answerFor(calls[1]!));
    await settled();
    calls[0]!.resolve(answerFor(calls[0]!));
    await settled();
    expect(session.getSnapshot().user).toBe(none);
    expect(session.getSnapshot().rendered?.body).toContain(`for ${String(none.user_id)}`);
  });

  it('says rendering, with the previous answer still shown, until the answer for the latest draft arrives', async () => {
    const { renderer, calls } = heldRenderer();
    const user = preset('guide');
    const session = createPreviewSession(renderer, titled('One'), user);
    session.update(titled('One'), user);
    calls[0]!.resolve(answerFor(calls[0]!));
    await settled();
    session.update(titled('Two'), user);
    expect(session.getSnapshot()).toMatchObject({ status: 'rendering' });
    expect(session.getSnapshot().rendered?.body).toContain(captured('One'));
    expect(session.getSnapshot().template.body).toContain(captured('Two'));
    calls[1]!.resolve(answerFor(calls[1]!));
    await settled();
    expect(session.getSnapshot().status).toBe('ready');
  });

  it('sends nothing again for a draft that builds the same template, and tells listeners of each change', async () => {
    const { renderer, calls } = heldRenderer();
    const user = preset('guide');
    const session = createPreviewSession(renderer, titled('A'), user);
    const heard: string[] = [];
    session.subscribe((change) => heard.push(change));
    session.update(titled('A'), user);
    session.update(titled('A'), user);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve(answerFor(calls[0]!));
    await settled();
    // One change for the request, then the answer (and once more when the field locator has loaded).
    expect(heard[0]).toBe('request');
    expect(heard.slice(1).every((change) => change === 'answer')).toBe(true);
    expect(heard.length).toBeGreaterThanOrEqual(2);
  });

  it('drops the answer on its way once disposed', async () => {
    const { renderer, calls } = heldRenderer();
    const user = preset('guide');
    const session = createPreviewSession(renderer, titled('Gone'), user);
    session.update(titled('Gone'), user);
    session.dispose();
    calls[0]!.resolve(answerFor(calls[0]!));
    await settled();
    expect(session.getSnapshot().status).toBe('rendering');
    expect(session.getSnapshot().rendered).toBeNull();
  });
});

const OTHER_WARNING: Issue = {
  severity: 'warning',
  code: 'test.other',
  message: 'Only the answer says so',
  path: 'event.title',
};

describe('the preview session knows a plain text change ahead of its answer', () => {
  /** Answers `call` with the real rendering, as the worker would. */
  const answerReally = async (call: Call) => call.resolve(await renderForPreview(call.template, call.user));

  async function answered(title: string, user = preset('guide')) {
    const { renderer, calls } = heldRenderer();
    const session = createPreviewSession(renderer, titled(title), user);
    session.update(titled(title), user);
    await answerReally(calls[0]!);
    await settled();
    await import('./after-answer');
    await settled();
    const heard: string[] = [];
    session.subscribe((change) => heard.push(change));
    return { session, calls, heard, user };
  }

  const titleOf = (rendered?: RenderedRequest | null) =>
    (rendered?.json as { event?: { title?: string } } | null)?.event?.title;

  it('shows the new title ahead while rendering, until the answer replaces it', async () => {
    const { session, calls, heard, user } = await answered('One');
    session.update(titled('Two'), user);
    expect(heard).toEqual(['ahead']);
    const state = session.getSnapshot();
    expect(state.status).toBe('rendering');
    expect(titleOf(state.ahead)).toBe('Two');
    expect(titleOf(state.rendered)).toBe('One');
    await answerReally(calls[1]!);
    await settled();
    expect(session.getSnapshot().status).toBe('ready');
    expect(session.getSnapshot().ahead).toBeUndefined();
    // The answer confirms what was derived: the pane keeps the object it drew, with nothing to redraw.
    expect(session.getSnapshot().rendered).toBe(state.ahead);
  });

  it('takes the answer itself when it differs from what was derived', async () => {
    const { session, calls, user } = await answered('One');
    session.update(titled('Two'), user);
    const derived = session.getSnapshot().ahead;
    const real = await renderForPreview(calls[1]!.template, calls[1]!.user);
    calls[1]!.resolve({ ...real, warnings: [...real.warnings, { ...OTHER_WARNING }] });
    await settled();
    const shown = session.getSnapshot().rendered!;
    expect(shown).not.toBe(derived);
    expect(shown.warnings.map((w) => w.message)).toContain(OTHER_WARNING.message);
  });

  it('derives each plain key from the one before, never while Liquid is typed or for another user', async () => {
    const { session, heard, user } = await answered('One');
    session.update(titled('Two'), user);
    session.update(titled('Three'), user);
    expect(titleOf(session.getSnapshot().ahead)).toBe('Three');
    session.update(titled('Three {{${first_name}}}'), user);
    expect(session.getSnapshot().ahead).toBeUndefined();
    expect(titleOf(session.getSnapshot().rendered)).toBe('One');
    session.update(titled('Four'), user);
    expect(titleOf(session.getSnapshot().ahead)).toBe('Four');
    session.update(titled('Four'), preset('multi'));
    expect(session.getSnapshot().ahead).toBeUndefined();
    expect(heard).toEqual(['ahead', 'ahead', 'request', 'ahead', 'request']);
  });
});
