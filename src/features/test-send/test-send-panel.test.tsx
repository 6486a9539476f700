import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RenderedRequest } from '../../core/template';
import { TestSendPanel } from './test-send-panel';

const BODY = JSON.stringify({
  event: {
    eventId: 'Event_0001_u1',
    title: 'Summer sale starts',
    description: 'Doors open at 3 pm.',
    location: 'Main street 1',
    start: '2027-02-21T15:00:00',
    end: '2027-02-21T16:00:00',
    timezone: 'Eastern Standard Time',
    notifyBefore: 15,
  },
  subscriptionIds: ['3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
});

const REQUEST: RenderedRequest = {
  url: 'https://api.roktcalendar.com/v1/subscriptionevent/brazetest',
  method: 'POST',
  headers: [],
  body: BODY,
  json: JSON.parse(BODY),
  errors: [],
  warnings: [],
};

type Route = (
  init?: RequestInit,
) => { status: number; json: unknown } | Promise<{ status: number; json: unknown }>;

function serverWith(routes: Record<string, Route>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const route = routes[String(input)];
    if (!route) return new Response('{}', { status: 404 });
    const { status, json } = await route(init);
    return new Response(JSON.stringify(json), { status, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderPanel(props: { request: RenderedRequest | null; blockedReason: string | null }) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(
    <QueryClientProvider client={client}>
      <TestSendPanel {...props} />
    </QueryClientProvider>,
  );
}

const sandboxHealth: Route = () => ({ status: 200, json: { status: 'ok', mode: 'sandbox' } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('TestSendPanel', () => {
  it('shows the mode while loading and then the sandbox explanation', async () => {
    serverWith({
      '/api/health': sandboxHealth,
      '/api/sandbox/events?limit=20': () => ({
        status: 200,
        json: { events: [], nextCursor: null, total: 0 },
      }),
    });
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
    serverWith({
      '/api/health': sandboxHealth,
      '/api/sandbox/events?limit=20': () => ({
        status: 200,
        json: { events: [], nextCursor: null, total: 0 },
      }),
    });
    renderPanel({ request, blockedReason });
    const button = screen.getByRole('button', { name: 'Send test' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(shown);
  });

  it('sends, shows progress, then the status line, body, time and token use, and the new calendar card', async () => {
    let release: () => void = () => {};
    const events: unknown[] = [];
    const fetchMock = serverWith({
      '/api/health': sandboxHealth,
      '/api/sandbox/events?limit=20': () => ({
        status: 200,
        json: { events, nextCursor: null, total: events.length },
      }),
      '/api/test-send': async () => {
        await new Promise<void>((resolve) => (release = resolve));
        events.unshift({
          id: 'brazetest/Event_0001_u1',
          createdAt: '2027-01-10T12:00:00.000Z',
          receivedAt: '2027-01-10T12:00:00.000Z',
          accountCode: 'brazetest',
          endpoint: 'create',
          subscriptionIds: ['3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
          event: JSON.parse(BODY).event,
          history: [],
        });
        return {
          status: 200,
          json: {
            upstream: { status: 202, headers: {}, body: '{"status":"Accepted"}' },
            durationMs: 84,
            token: { cached: false },
          },
        };
      },
    });
    renderPanel({ request: REQUEST, blockedReason: null });
    await screen.findByText(/Nothing yet/);
    await userEvent.click(screen.getByRole('button', { name: 'Send test' }));

    expect(await screen.findByText('Sending the test to the sandbox…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sending…' })).toBeDisabled();
    const sent = fetchMock.mock.calls.find(([url]) => url === '/api/test-send');
    expect(JSON.parse(String(sent?.[1]?.body))).toEqual({ url: REQUEST.url, body: BODY });
    release();

    const status = screen.getByRole('status');
    expect(await within(status).findByText('202 Accepted — queued by the sandbox')).toBeInTheDocument();
    expect(within(status).getByText('84 ms')).toBeInTheDocument();
    expect(within(status).getByText('freshly requested')).toBeInTheDocument();
    expect(within(status).getByLabelText('Response body (JSON)')).toHaveTextContent('"status": "Accepted"');

    const card = await screen.findByRole('article', { name: 'Calendar entry: Summer sale starts' });
    expect(card).toHaveTextContent('Sun, Feb 21, 2027, 3:00 PM – 4:00 PM');
    expect(card).toHaveTextContent('Eastern Standard Time (UTC-05:00)');
    expect(card).toHaveTextContent('Main street 1');
    expect(card).toHaveTextContent('Doors open at 3 pm.');
    expect(card).toHaveTextContent('Reminder 15 minutes before');
  });

  it('shows a proxy error as a sentence with the body problems', async () => {
    serverWith({
      '/api/health': () => ({ status: 200, json: { status: 'ok', mode: 'live' } }),
      '/api/test-send': () => ({
        status: 422,
        json: {
          error: {
            code: 'invalid_body',
            message: 'Rokt would reject this body: The title (event.title) is missing.',
            issues: [{ message: 'The title (event.title) is missing.' }],
          },
        },
      }),
    });
    renderPanel({ request: REQUEST, blockedReason: null });
    expect(await screen.findByText(/tests go to the real Rokt API/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Send test' }));
    const status = screen.getByRole('status');
    expect(
      await within(status).findByText('Rokt would reject this body: The title (event.title) is missing.'),
    ).toBeInTheDocument();
    expect(within(status).getByRole('listitem')).toHaveTextContent('The title (event.title) is missing.');
    expect(screen.queryByText('In the sandbox')).not.toBeInTheDocument();
    expect(within(status).queryByText(/invalid_body/)).not.toBeInTheDocument();
  });

  it('reports a Rokt failure inside the result, not as a proxy error', async () => {
    serverWith({
      '/api/health': () => ({ status: 200, json: { status: 'ok', mode: 'live' } }),
      '/api/test-send': () => ({
        status: 200,
        json: {
          upstream: { status: 503, headers: {}, body: 'down for maintenance' },
          durationMs: 1500,
          token: { cached: true },
        },
      }),
    });
    renderPanel({ request: REQUEST, blockedReason: null });
    await screen.findByText(/real Rokt API/);
    await userEvent.click(screen.getByRole('button', { name: 'Send test' }));
    expect(
      await screen.findByText(
        '503 Service Unavailable — Rokt had a problem on its side; Braze would retry this send',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('1.5 s')).toBeInTheDocument();
    expect(screen.getByText('reused from the cache')).toBeInTheDocument();
    expect(screen.getByLabelText('Response body')).toHaveTextContent('down for maintenance');
  });

  it('sends once on a double click and keeps Send test disabled while the send is in flight', async () => {
    let release: () => void = () => {};
    const fetchMock = serverWith({
      '/api/health': sandboxHealth,
      '/api/sandbox/events?limit=20': () => ({
        status: 200,
        json: { events: [], nextCursor: null, total: 0 },
      }),
      '/api/test-send': async () => {
        await new Promise<void>((resolve) => (release = resolve));
        return {
          status: 200,
          json: {
            upstream: { status: 202, headers: {}, body: '{}' },
            durationMs: 5,
            token: { cached: true },
          },
        };
      },
    });
    renderPanel({ request: REQUEST, blockedReason: null });
    await screen.findByText(/Nothing yet/);
    await userEvent.dblClick(screen.getByRole('button', { name: 'Send test' }));
    expect(screen.getByRole('button', { name: 'Sending…' })).toBeDisabled();
    release();
    expect(await screen.findByText('202 Accepted — queued by the sandbox')).toBeInTheDocument();
    expect(fetchMock.mock.calls.filter(([url]) => url === '/api/test-send')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Send test' })).toBeEnabled();
  });

  it('shows an updated event once with its earlier versions, pages older events and clears', async () => {
    const event = JSON.parse(BODY).event;
    const entry = (n: number, history: unknown[] = []) => ({
      id: `brazetest/e${n}`,
      createdAt: '2027-01-10T12:00:00.000Z',
      receivedAt: '2027-01-10T12:05:00.000Z',
      accountCode: 'brazetest',
      endpoint: history.length ? 'update' : 'create',
      subscriptionIds: [],
      event: { ...event, eventId: `e${n}`, title: `Event ${n}` },
      history,
    });
    let cleared = false;
    const fetchMock = serverWith({
      '/api/health': sandboxHealth,
      '/api/sandbox/events?limit=20': () => ({
        status: 200,
        json: cleared
          ? { events: [], nextCursor: null, total: 0 }
          : {
              events: [
                entry(2, [
                  {
                    receivedAt: '2027-01-10T12:00:00.000Z',
                    endpoint: 'create',
                    event: { ...event, title: 'Event 2, first try' },
                  },
                ]),
              ],
              nextCursor: '1',
              total: 2,
            },
      }),
      '/api/sandbox/events?limit=20&cursor=1': () => ({
        status: 200,
        json: { events: [entry(1)], nextCursor: null, total: 2 },
      }),
      '/api/sandbox/events': (init) => {
        expect(init?.method).toBe('DELETE');
        cleared = true;
        return { status: 200, json: { cleared: 2 } };
      },
    });
    renderPanel({ request: REQUEST, blockedReason: null });
    const card = await screen.findByRole('article', { name: 'Calendar entry: Event 2' });
    expect(card).toHaveTextContent('Changed 1 time · id e2');
    expect(within(card).getByText('Earlier version (1)')).toBeInTheDocument();
    expect(card).toHaveTextContent('Event 2, first try');

    await userEvent.click(screen.getByRole('button', { name: 'Show older (1 more)' }));
    expect(await screen.findByRole('article', { name: 'Calendar entry: Event 1' })).toHaveTextContent(
      'New event · id e1',
    );
    expect(screen.queryByRole('button', { name: /Show older/ })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(await screen.findByText(/Cleared 2 events/)).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear' })).toBeDisabled();
    expect(
      fetchMock.mock.calls.some(([url, init]) => url === '/api/sandbox/events' && init?.method === 'DELETE'),
    ).toBe(true);
  });
});
