import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultDraft } from '../../core/event';
import { buildTemplate } from '../../core/template';
import type { RenderedRequest } from '../../core/template';
import { BrazeSetup } from './braze-setup';
import { clipboardFallback } from './use-clipboard';

const template = buildTemplate({ ...defaultDraft(), title: "Zoë's sale" });
const rendered: RenderedRequest = {
  url: 'https://api.roktcalendar.com/v1/subscriptionevent/brazetest',
  method: 'POST',
  headers: [
    { name: 'Authorization', value: 'Bearer PREVIEW_TOKEN' },
    { name: 'Content-Type', value: 'application/json' },
  ],
  body: '{"event": {"title": "Zoë\'s sale"}}',
  json: { event: { title: "Zoë's sale" } },
  errors: [],
  warnings: [],
};

function mockClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('BrazeSetup', () => {
  afterEach(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });

  it.each([
    ['Copy webhook URL', template.url],
    ['Copy HTTP method', 'POST'],
    ['Copy header name Authorization', 'Authorization'],
    ['Copy Authorization header value', template.headers[0]?.value ?? ''],
    ['Copy request body', template.body],
  ])('"%s" writes exactly the template text and confirms it', async (button, text) => {
    const writeText = vi.fn(async () => {});
    const user = userEvent.setup(); // installs its own clipboard stub: mock after it
    mockClipboard(writeText);
    render(<BrazeSetup template={template} rendered={rendered} credentialName="Rokt-Calendar-API" />);
    await user.click(screen.getByRole('button', { name: button }));
    expect(writeText).toHaveBeenCalledWith(text);
    expect(screen.getByRole('button', { name: button })).toHaveTextContent('Copied ✓');
    expect(screen.getByRole('status')).toHaveTextContent(/^Copied .* to the clipboard\.$/);
  });

  it('copies the rendered request as a shell-quoted cURL command', async () => {
    const writeText = vi.fn(async () => {});
    const user = userEvent.setup(); // installs its own clipboard stub: mock after it
    mockClipboard(writeText);
    render(<BrazeSetup template={template} rendered={rendered} credentialName="Rokt-Calendar-API" />);
    await user.click(screen.getByRole('button', { name: 'Copy as cURL' }));
    expect(writeText).toHaveBeenCalledWith(
      expect.stringContaining(`--data-raw '{"event": {"title": "Zoë'\\''s sale"}}'`),
    );
  });

  it('says how to copy by hand when the clipboard is unavailable', async () => {
    const user = userEvent.setup();
    render(<BrazeSetup template={template} rendered={rendered} credentialName="Rokt-Calendar-API" />);
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy request body' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(clipboardFallback()));
  });

  it('names the credential to create and where each piece goes', () => {
    render(<BrazeSetup template={template} rendered={null} credentialName="My-Rokt-Keys" />);
    const guide = screen.getByRole('list');
    expect(guide).toHaveTextContent('Settings › Connected Content');
    expect(guide).toHaveTextContent('named exactly My-Rokt-Keys');
    expect(guide).toHaveTextContent('client id as the username and the client secret as the password');
    expect(guide).toHaveTextContent('Templates › Webhook Templates');
    expect(guide).toHaveTextContent('Request Body to Raw text');
    expect(guide).toHaveTextContent('HTTP Method to POST');
    expect(screen.getByText('The cURL command appears once the preview has rendered.')).toBeInTheDocument();
  });

  it('offers no cURL for a user Braze would not send to', () => {
    render(
      <BrazeSetup
        template={template}
        rendered={{ ...rendered, aborted: { reason: 'no ids', field: 'body' } }}
        credentialName="x"
      />,
    );
    expect(screen.queryByRole('button', { name: 'Copy as cURL' })).not.toBeInTheDocument();
    expect(screen.getByText(/No cURL for this sample user/)).toBeInTheDocument();
  });

  it('blocks copying while the template has an error, links to the field, and copies after "Copy anyway"', async () => {
    const writeText = vi.fn(async () => {});
    const user = userEvent.setup();
    mockClipboard(writeText);
    const onGoToField = vi.fn();
    const blocked = {
      text: 'Fix Braze credential name first: Braze credential name cannot contain spaces, % or }.',
      fieldLabel: 'Braze credential name',
      onGoToField,
    };
    render(
      <BrazeSetup template={template} rendered={rendered} credentialName="Rokt Prod" blocked={blocked} />,
    );
    const copyBody = screen.getByRole('button', { name: 'Copy request body' });
    expect(copyBody).toBeDisabled();
    expect(copyBody).toHaveAccessibleDescription(/Fix Braze credential name first/);
    await user.click(screen.getByRole('button', { name: 'Go to Braze credential name' }));
    expect(onGoToField).toHaveBeenCalledOnce();

    await user.click(screen.getByRole('button', { name: 'Copy anyway' }));
    expect(copyBody).toBeEnabled();
    await user.click(copyBody);
    expect(writeText).toHaveBeenCalledWith(template.body);
  });
});
