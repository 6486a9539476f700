import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderForPreview } from '../features/preview/render-for-preview';
import { createInProcessRenderer, type PreviewRenderer } from '../features/preview/renderer';
import { withRenderer } from '../testing/preview';
import { mockTimezonesFetch, stubLayoutApis } from '../testing/timezone-picker';
import { Workspace } from './workspace';

/** The in-process renderer, noting for each request what the preview's status said when it was asked. */
function observedRenderer() {
  const asked: { title: string; status: string }[] = [];
  const inner = createInProcessRenderer(renderForPreview);
  const renderer: PreviewRenderer = {
    render(template, user, options) {
      const title = /capture eventTitle %}(.*?){% endcapture/.exec(template.body)?.[1] ?? '';
      const status = document.querySelector('#panel-preview [role="status"]')?.textContent ?? '';
      asked.push({ title, status });
      return inner.render(template, user, options);
    },
    dispose() {},
  };
  return { renderer, asked };
}

const previewText = () => document.querySelector('#panel-preview')?.textContent ?? '';

describe('the live preview of the workspace', () => {
  beforeAll(() => stubLayoutApis());
  beforeEach(() => mockTimezonesFetch());
  afterAll(() => vi.unstubAllGlobals());

  it('asks for a keystroke’s rendering in the input event, before React has drawn anything for it', async () => {
    const { renderer, asked } = observedRenderer();
    render(<Workspace />, { wrapper: withRenderer(renderer) });
    await waitFor(() => expect(screen.getByText('Up to date')).toBeInTheDocument(), { timeout: 15_000 });
    const title = screen.getByLabelText('Title') as HTMLInputElement;
    fireEvent.input(title, { target: { value: 'Early bird' } });
    const request = asked.find((a) => a.title === 'Early bird');
    // Drawn after the request: had React rendered the keystroke first, the status would say "Rendering…".
    expect(request?.status).toMatch(/^Up to date/);
    await waitFor(() => expect(previewText()).toContain('"title": "Early bird"'));
    await waitFor(() => expect(screen.getByText('Up to date')).toBeInTheDocument());
  });

  it('shows plain text typed into the title with the keystroke itself, Liquid once its rendering is answered', async () => {
    const { renderer } = observedRenderer();
    let open = Promise.resolve();
    let release = () => {};
    const gated: PreviewRenderer = {
      render: (template, user, options) => open.then(() => renderer.render(template, user, options)),
      dispose() {},
    };
    render(<Workspace />, { wrapper: withRenderer(gated) });
    await waitFor(() => expect(screen.getByText('Up to date')).toBeInTheDocument(), { timeout: 15_000 });
    // The code that derives renderings ahead loads with the first answer.
    await act(() => import('../features/preview/after-answer'));
    const title = screen.getByLabelText('Title') as HTMLInputElement;
    const status = () => document.querySelector('#panel-preview [role="status"]')?.textContent;
    const hold = () => (open = new Promise<void>((resolve) => (release = resolve)));

    hold();
    fireEvent.input(title, { target: { value: 'Early "bird"' } });
    expect(previewText()).toContain('"title": "Early \\"bird\\""');
    expect(status()).toMatch(/^Rendering/);
    release();
    await waitFor(() => expect(status()).toMatch(/^Up to date/));

    hold();
    fireEvent.input(title, { target: { value: 'Hi {{${first_name}}}' } });
    expect(previewText()).not.toContain('"title": "Hi');
    expect(previewText()).toContain('"title": "Early \\"bird\\""');
    release();
    await waitFor(() => expect(previewText()).toContain('"title": "Hi Alex"'));
    expect(status()).toMatch(/^Up to date/);
  });

  it('ends on the last of several quick keystrokes, and its problems reach the field', async () => {
    const { renderer } = observedRenderer();
    render(<Workspace />, { wrapper: withRenderer(renderer) });
    await waitFor(() => expect(screen.getByText('Up to date')).toBeInTheDocument(), { timeout: 15_000 });
    const title = screen.getByLabelText('Title') as HTMLInputElement;
    for (const value of ['Hi {{', 'Hi {{ first_name | nope }}', 'Hi {{ first_name | no_such_filter }}'])
      fireEvent.input(title, { target: { value } });
    await waitFor(() => expect(previewText()).toContain('no_such_filter'));
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    const status = () => document.querySelector('#panel-preview [role="status"]')?.textContent;
    await waitFor(() => expect(status()).toMatch(/^Up to date · 1 error/));
    expect(previewText()).not.toContain('| nope');
  });
});
