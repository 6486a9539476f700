import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RenderedRequest } from '../../core/template';
import { CREATE_URL, UPDATE_URL, fakeClock, fetchFromApp, testApp, testConfig } from '../../testing/server';
import { TestSendPanel } from './test-send-panel';

const EVENT = {
  eventId: 'Event_0001_u1',
  title: 'Summer sale starts',
  description: 'Doors open at 3 pm.',
  location: 'Main street 1',
  start: '2027-02-21T15:00:00',
  end: '2027-02-21T16:00:00',
  timezone: 'Eastern Standard Time',
  notifyBefore: 15,
};
const BODY = JSON.stringify({ event: EVENT, subscriptionIds: ['3f2504e0-4f89-11d3-9a0c-0305e82c3301'] });

const request = (body: string, url = CREATE_URL): RenderedRequest => ({
  url,
  method: 'POST',
  headers: [],
  body,
  json: JSON.parse(body),
  errors: [],
  warnings: [],
});
const REQUEST = request(BODY);

/** The real server (sandbox mode unless Rokt keys are given) answering the page's fetch calls in process. */
function serve(env: Record<string, string> = {}, deps: Parameters<typeof testApp>[1] = {}) {
  const server = fetchFromApp(testApp(testConfig(env), deps).app);
  vi.stubGlobal('fetch', vi.fn(server.fetch));
  return server;
}

/** Sends a body through the server's own API, as an earlier test send from this browser would have. */
async function sendThrough(server: ReturnType<typeof serve>, body: unknown, url = CREATE_URL) {
  const response = await server.fetch('/api/test-send', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ url, body: JSON.stringify(body) }),
  });
  expect(response.status).toBe(200);
}

const LIVE = { ROKT_CLIENT_ID: 'client-1', ROKT_CLIENT_SECRET: 'live-secret-1' };

function renderPanel(props: {
  request: RenderedRequest | null;
  blockedReason: string | null;
  rendering?: boolean;
}) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(
    <QueryClientProvider client={client}>
      <TestSendPanel {...props} />
    </QueryClientProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('TestSendPanel against the real server', () => {
  it('shows the mode while loading and then the sandbox explanation', async () => {
    serve();
    renderPanel({ request: REQUEST, blockedReason: null });
    expect(screen.getByText('Checking the server…')).toBeInTheDocument();
    expect(await screen.findByText(/tests go to a built-in imitation of Rokt/)).toBeInTheDocument();
    expect(await screen.findByText(/Nothing yet/)).toBeInTheDocument();
  });

  it('says when the server cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    renderPanel({ request: REQUEST, blockedReason: null });
    expect(
      await screen.findByText(/The server's mode is unknown: The composer server could not be reached/),
    ).toBeInTheDocument();
  });

  it.each([
    [REQUEST, 'Fix the 2 problems in the preview first.', 'Fix the 2 problems in the preview first.'],
    [null, null, 'The preview is not ready yet.'],
  ])('disables Send test with the reason', async (request, blockedReason, shown) => {
    serve();
    renderPanel({ request, blockedReason });
    const button = screen.getByRole('button', { name: 'Send test' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(shown);
  });

  it('sends, shows progress, then the status line, body, time and token use, and the new calendar card', async () => {
    const server = serve();
    renderPanel({ request: REQUEST, blockedReason: null });
    await screen.findByText(/Nothing yet/);
    const release = server.hold('/api/test-send');
    await userEvent.click(screen.getByRole('button', { name: 'Send test' }));

    expect(await screen.findByText('Sending the test to the sandbox…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sending…' })).toBeDisabled();
    const sent = server.calls.find((call) => call.path === '/api/test-send');
    expect(JSON.parse(sent?.body ?? 'null')).toEqual({ url: REQUEST.url, body: BODY });
    release();

    const status = screen.getByRole('status');
    expect(await within(status).findByText('202 Accepted — queued by the sandbox')).toBeInTheDocument();
    expect(within(status).getByText(/^\d+ ms$/)).toBeInTheDocument();
    expect(within(status).getByText('freshly requested')).toBeInTheDocument();
    expect(within(status).getByLabelText('Response body (JSON)')).toHaveTextContent('"status": "Accepted"');

    const card = await screen.findByRole('article', { name: 'Calendar entry: Summer sale starts' });
    expect(card).toHaveTextContent('Sun, Feb 21, 2027, 3:00 – 4:00 PM');
    expect(card).toHaveTextContent('Eastern Standard Time (UTC-05:00)');
    expect(card).toHaveTextContent('Main street 1');
    expect(card).toHaveTextContent('Doors open at 3 pm.');
    expect(card).toHaveTextContent('Reminder 15 minutes before');
  });

  it('shows a proxy error as a sentence with the body problems', async () => {
    serve(LIVE);
    const { title: _title, ...withoutTitle } = EVENT;
    const body = JSON.stringify({
      event: withoutTitle,
      subscriptionIds: ['3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
    });
    renderPanel({ request: request(body), blockedReason: null });
    expect(await screen.findByText(/tests go to the real Rokt API/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Send test' }));
    const status = screen.getByRole('status');
    const missing = 'Title (event.title) is missing: Rokt requires it. Add "title" to the event.';
    expect(await within(status).findByText(`Rokt would reject this body: ${missing}`)).toBeInTheDocument();
    expect(within(status).getByRole('listitem')).toHaveTextContent(missing);
    expect(screen.queryByText('In the sandbox')).not.toBeInTheDocument();
    expect(within(status).queryByText(/invalid_body/)).not.toBeInTheDocument();
  });

  it('reports a Rokt failure inside the result, not as a proxy error', async () => {
    const clock = fakeClock();
    const rokt = vi.fn(async (url: string | URL | Request) => {
      if (String(url).endsWith('/oauth2/token')) {
        return Response.json({ access_token: 'live-token-1', token_type: 'Bearer', expires_in: 3600 });
      }
      clock.advance(1500);
      return new Response('down for maintenance', { status: 503 });
    });
    serve(LIVE, { fetch: rokt as unknown as typeof fetch, clock });
    renderPanel({ request: REQUEST, blockedReason: null });
    await screen.findByText(/real Rokt API/);
    await userEvent.click(screen.getByRole('button', { name: 'Send test' }));
    expect(
      await screen.findByText(
        '503 Service Unavailable — Rokt had a problem on its side; Braze would retry this send',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('1.5 s')).toBeInTheDocument();
    expect(screen.getByText('freshly requested')).toBeInTheDocument();
    expect(screen.getByLabelText('Response body')).toHaveTextContent('down for maintenance');
  });

  it('sends once on a double click and keeps Send test disabled while the send is in flight', async () => {
    const server = serve();
    renderPanel({ request: REQUEST, blockedReason: null });
    await screen.findByText(/Nothing yet/);
    const release = server.hold('/api/test-send');
    await userEvent.dblClick(screen.getByRole('button', { name: 'Send test' }));
    expect(screen.getByRole('button', { name: 'Sending…' })).toBeDisabled();
    release();
    expect(await screen.findByText('202 Accepted — queued by the sandbox')).toBeInTheDocument();
    expect(server.calls.filter((call) => call.path === '/api/test-send')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Send test' })).toBeEnabled();
  });

  it('waits while the preview renders the latest edit, then sends the new request', async () => {
    const server = serve();
    const { rerender } = renderPanel({ request: REQUEST, blockedReason: null, rendering: true });
    await screen.findByText(/Nothing yet/);
    const button = screen.getByRole('button', { name: 'Send test' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(button);
    expect(server.calls.filter((call) => call.path === '/api/test-send')).toHaveLength(0);

    const renamed = request(BODY.replace('Event_0001_u1', 'Event_0002_u1'));
    rerender(
      <QueryClientProvider client={new QueryClient()}>
        <TestSendPanel request={renamed} blockedReason={null} rendering={false} />
      </QueryClientProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send test' }));
    expect(await screen.findByText('202 Accepted — queued by the sandbox')).toBeInTheDocument();
    const sent = server.calls.filter((call) => call.path === '/api/test-send');
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0])).toContain('Event_0002_u1');
  });

  it('shows an updated event once with its earlier versions, pages older events and clears', async () => {
    const server = serve();
    const ids = ['3f2504e0-4f89-11d3-9a0c-0305e82c3301'];
    for (let n = 1; n <= 21; n += 1) {
      await sendThrough(server, {
        event: { ...EVENT, eventId: `e${n}`, title: `Event ${n}` },
        subscriptionIds: ids,
      });
    }
    await sendThrough(server, { event: { ...EVENT, eventId: 'e21', title: 'Event 21, moved' } }, UPDATE_URL);

    renderPanel({ request: REQUEST, blockedReason: null });
    const card = await screen.findByRole('article', { name: 'Calendar entry: Event 21, moved' });
    expect(card).toHaveTextContent('Changed 1 time · id e21');
    expect(within(card).getByText('Earlier version (1)')).toBeInTheDocument();
    expect(card).toHaveTextContent('Event 21');
    expect(screen.getAllByRole('article')).toHaveLength(20);

    await userEvent.click(screen.getByRole('button', { name: 'Show older (1 more)' }));
    expect(await screen.findByRole('article', { name: 'Calendar entry: Event 1' })).toHaveTextContent(
      'New event · id e1',
    );
    expect(screen.getAllByRole('article')).toHaveLength(21);
    expect(screen.queryByRole('button', { name: /Show older/ })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(await screen.findByText(/Cleared 21 events/)).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear' })).toBeDisabled();
    expect(server.calls.some((call) => call.path === '/api/sandbox/events' && call.method === 'DELETE')).toBe(
      true,
    );
  });
});
