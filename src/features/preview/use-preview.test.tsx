import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../core/event';
import type { SampleUser } from '../../core/sample-user';
import type { BrazeTemplate, RenderedRequest } from '../../core/template';
import type { PreviewRenderer } from './renderer';
import { draftWith, preset, withRenderer } from '../../testing/preview';
import { usePreview } from './use-preview';
import { PreviewError } from './preview-error';

const renderPreview = (draft: Draft, user: SampleUser, renderer?: PreviewRenderer) =>
  renderHook((p: { draft: Draft; user: SampleUser }) => usePreview(p.draft, p.user), {
    initialProps: { draft, user },
    wrapper: withRenderer(renderer),
  });

describe('usePreview with the in-process renderer', () => {
  it('renders the guide user to the brazetest create URL with a valid body', async () => {
    const { result } = renderPreview(draftWith({}), preset('guide'));
    expect(result.current.status).toBe('rendering');
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.rendered?.url).toMatch(/\/v1\/subscriptionevent\/brazetest$/);
    expect(result.current.rendered?.errors).toEqual([]);
    expect(result.current.template.body).toContain('Event Title');
  });

  it('keeps the body valid JSON when the title has quotes and a backslash (json_escape)', async () => {
    const title = 'Summer "Mega" Sale \\ 50%';
    const { result } = renderPreview(draftWith({ title }), preset('guide'));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const json = result.current.rendered?.json as { event: { title: string } };
    expect(json.event.title).toBe(title);
    expect(result.current.rendered?.errors.filter((i) => i.code.startsWith('json'))).toEqual([]);
  });

  it('reports a Liquid error typed into the title against the title field', async () => {
    const { result } = renderPreview(
      draftWith({ title: 'Hi {{ first_name | no_such_filter }}' }),
      preset('guide'),
    );
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.draftIssues).toEqual([
      expect.objectContaining({
        path: 'title',
        severity: 'error',
        code: 'liquid.unknown-filter',
        // In the title's own text, not at the generated body's line.
        line: 1,
        column: 20,
        excerpt: 'Hi {{ first_name | no_such_filter }}',
      }),
    ]);
    expect(result.current.replacedIssues?.has(result.current.rendered!.errors[0]!)).toBe(true);
  });

  it('re-renders when the draft changes and shows the new title', async () => {
    const user = preset('guide');
    const { result, rerender } = renderPreview(draftWith({ title: 'First' }), user);
    await waitFor(() => expect(result.current.status).toBe('ready'));
    rerender({ draft: draftWith({ title: 'Second' }), user });
    await waitFor(() => expect(result.current.rendered?.body).toContain('"Second"'));
    expect(result.current.status).toBe('ready');
  });
});

function deferredRenderer() {
  const calls: { template: BrazeTemplate; resolve(r: RenderedRequest): void; reject(e: Error): void }[] = [];
  const renderer: PreviewRenderer = {
    render: (template) => new Promise((resolve, reject) => calls.push({ template, resolve, reject })),
    dispose() {},
  };
  return { renderer, calls };
}

const answerFor = (template: BrazeTemplate): RenderedRequest => ({
  url: template.url,
  method: 'POST',
  headers: [],
  body: template.body,
  json: null,
  errors: [],
  warnings: [],
});

describe('usePreview ordering and failures', () => {
  it('drops an answer that arrives after a newer request was made', async () => {
    const { renderer, calls } = deferredRenderer();
    const user = preset('guide');
    const { result, rerender } = renderPreview(draftWith({ title: 'Old' }), user, renderer);
    rerender({ draft: draftWith({ title: 'New' }), user });
    expect(calls).toHaveLength(2);
    const [older, newer] = calls;
    await act(async () => newer?.resolve(answerFor(newer.template)));
    expect(result.current.status).toBe('ready');
    await act(async () => older?.resolve(answerFor(older.template)));
    expect(result.current.rendered?.body).toContain('New');
    expect(result.current.rendered?.body).not.toContain('Old');
  });

  it('reports a renderer failure (a runaway template) as failed with its sentence', async () => {
    const { renderer, calls } = deferredRenderer();
    const { result } = renderPreview(draftWith({}), preset('guide'), renderer);
    const stopped = new PreviewError('preview.runaway', 'The preview stopped this template after 1 second.', {
      seconds: 1,
    });
    await act(async () => calls[0]?.reject(stopped));
    expect(result.current).toMatchObject({
      status: 'failed',
      rendered: null,
      error: {
        code: 'preview.runaway',
        message: 'The preview stopped this template after 1 second.',
        params: { seconds: 1 },
      },
    });
  });

  it('reports an unexpected failure with the engine’s own text as its detail', async () => {
    const { renderer, calls } = deferredRenderer();
    const { result } = renderPreview(draftWith({}), preset('guide'), renderer);
    await act(async () => calls[0]?.reject(new TypeError('x is not a function')));
    expect(result.current.error).toMatchObject({
      code: 'preview.render-failed',
      message: 'x is not a function',
      params: { detail: 'x is not a function' },
    });
  });
});
