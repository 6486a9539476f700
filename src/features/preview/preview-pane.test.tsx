import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../core/event';
import type { SampleUser } from '../../core/sample-user';
import type { RenderedRequest } from '../../core/template';
import { buildTemplate } from '../../core/template';
import { PreviewPane } from './preview-pane';
import { draftWith, preset, withRenderer } from '../../testing/preview';
import { usePreview } from './use-preview';
import type { PreviewState } from './use-preview';

function LivePreview(props: { draft: Draft; user: SampleUser }) {
  return <PreviewPane preview={usePreview(props.draft, props.user)} userName="Guide subscriber" />;
}

const show = (draft: Draft, user: SampleUser) =>
  render(<LivePreview draft={draft} user={user} />, { wrapper: withRenderer() });

describe('PreviewPane', () => {
  it('shows the rendered URL, method, unmasked headers and the pretty body for the guide user', async () => {
    show(draftWith({ title: 'Summer Sale' }), preset('guide'));
    await screen.findByText('Up to date');
    expect(screen.getByText(/\/v1\/subscriptionevent\/brazetest$/)).toBeInTheDocument();
    expect(screen.getByText('POST')).toBeInTheDocument();
    expect(screen.getByText('Bearer PREVIEW_TOKEN')).toBeInTheDocument();
    const body = screen.getByRole('group', { name: 'Rendered body (pretty-printed JSON)' });
    expect(body).toHaveTextContent('"title": "Summer Sale"');
    expect(screen.getByText(/Rendered for/)).toHaveTextContent(
      'Rendered for Guide subscriber (user_id braze-user-1)',
    );
    expect(screen.getByText('No problems: Rokt would accept this request.')).toBeInTheDocument();
  });

  it('says Braze would not send to a user without subscriptions', async () => {
    show(draftWith({}), preset('none'));
    const notice = await screen.findByRole('note');
    expect(notice).toHaveTextContent(/^Braze would not send to this user: .*rokt:subscription_id/);
  });

  it('switches to the raw Braze template with the keyboard', async () => {
    const user = userEvent.setup();
    show(draftWith({ title: 'Launch' }), preset('guide'));
    await screen.findByText('Up to date');
    await user.click(screen.getByRole('tab', { name: 'Request' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Template' })).toHaveAttribute('aria-selected', 'true');
    const body = screen.getByRole('group', { name: 'Template body' });
    expect(body).toHaveTextContent('{% capture eventTitle %}Launch{% endcapture -%}');
  });

  it('pins a Liquid error to its line in the template and lists it with its path', async () => {
    const user = userEvent.setup();
    show(draftWith({ title: '{{ first_name | no_such_filter }}' }), preset('guide'));
    const problems = await screen.findByRole('list', { name: 'Problems' });
    expect(within(problems).getByText('body')).toBeInTheDocument();
    expect(within(problems).getByText(/template line 2/)).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Template' }));
    const body = screen.getByRole('group', { name: 'Template body' });
    expect(body.querySelector('.preview-code-line--error')).toHaveTextContent('no_such_filter');
  });
});

describe('PreviewPane with a hand-made state', () => {
  const template = buildTemplate(draftWith({}));
  const base: RenderedRequest = {
    url: 'https://x.test',
    method: 'POST',
    headers: [],
    body: '',
    json: null,
    errors: [],
    warnings: [],
  };
  const state = (rendered: RenderedRequest, extra: Partial<PreviewState> = {}): PreviewState => ({
    status: 'ready',
    template,
    rendered,
    draftIssues: [],
    user: preset('guide'),
    ...extra,
  });

  it('marks a JSON error at its line and column in the raw body', () => {
    const rendered: RenderedRequest = {
      ...base,
      body: '{\n  "title": "a" "b"\n}',
      errors: [
        {
          code: 'json.invalid',
          path: 'body',
          field: 'body',
          severity: 'error',
          message: 'Expected a comma.',
          line: 2,
          column: 18,
        },
      ],
    };
    render(<PreviewPane preview={state(rendered)} />);
    const body = screen.getByRole('group', { name: 'Rendered body (raw text)' });
    const marked = body.querySelector('.preview-code-line--error');
    expect(marked).toHaveTextContent('"title": "a" "b"');
    expect(marked).toHaveTextContent('Column 18: Expected a comma.');
    expect(screen.getByRole('status')).toHaveTextContent('Up to date · 1 error');
  });

  it('words a problem typed in a form field as the field does, at its place in the raw template', async () => {
    const line = template.body.split('\n').findIndex((l) => l.includes('endcapture')) + 1;
    const generated = {
      code: 'liquid.parse',
      path: 'body',
      field: 'body' as const,
      severity: 'error' as const,
      message: 'There is no {% endcapture %} tag',
      line,
      column: 1,
    };
    const inTitle = {
      ...generated,
      path: 'title',
      message: 'Title: the {% if %} block is not closed; add {% endif %}.',
    };
    const rendered = { ...base, errors: [generated] };
    render(<PreviewPane preview={state(rendered, { replacedIssues: new Map([[generated, inTitle]]) })} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Template' }));
    const body = screen.getByRole('group', { name: 'Template body' });
    const marked = body.querySelector('.preview-code-line--error');
    expect(marked).toHaveTextContent('endcapture');
    expect(marked).toHaveTextContent('Title: the {% if %} block is not closed');
    expect(body).not.toHaveTextContent('There is no {% endcapture %} tag');
  });

  it('highlights the key a Rokt issue concerns in the pretty body', () => {
    const rendered: RenderedRequest = {
      ...base,
      json: { event: { title: 'x', notifyBefore: '15' } },
      warnings: [
        {
          code: 'rokt.type',
          path: 'event.notifyBefore',
          field: 'body',
          severity: 'warning',
          message: 'notifyBefore should be a number.',
        },
      ],
    };
    render(<PreviewPane preview={state(rendered)} />);
    const marked = screen
      .getByRole('group', { name: 'Rendered body (pretty-printed JSON)' })
      .querySelector('.preview-code-line--warning');
    expect(marked).toHaveTextContent('"notifyBefore": "15"');
    expect(marked).toHaveTextContent('notifyBefore should be a number.');
  });

  it('shows a failed preview as an alert', () => {
    render(
      <PreviewPane
        preview={state(base, {
          status: 'failed',
          rendered: null,
          error: {
            code: 'preview.runaway',
            message: 'The preview stopped this template after 1 second.',
            params: { seconds: 1 },
            path: '',
            severity: 'error',
          },
        })}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The preview stopped this template after 1 second.');
    expect(screen.getByRole('status')).toHaveTextContent('Preview failed');
  });
});

describe('PreviewPane status', () => {
  it('says Rendering… before the first answer', async () => {
    show(draftWith({}), preset('guide'));
    expect(screen.getByRole('status')).toHaveTextContent('Rendering…');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Up to date'));
  });
});
