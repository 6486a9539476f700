import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES, API_ROUTES, ApiErrorSchema } from '../src/core/api';
import { SANDBOX_CLIENT } from './config';
import {
  CREATE_URL,
  UPDATE_URL,
  fetchFromApp,
  testApp,
  testConfig,
  validCreateBody,
} from '../src/testing/server';

/** The `/api` routes the app registers with a handler for one method (middleware and catch-alls left out). */
function registeredApiRoutes(env: Record<string, string> = {}): string[] {
  const { app } = testApp(testConfig(env));
  const found = app.routes
    .filter((r) => r.path.startsWith('/api/') && !r.path.includes('*') && r.method !== 'ALL')
    .map((r) => `${r.method} ${r.path}`);
  return [...new Set(found)].sort();
}

describe('the API contract in src/core/api', () => {
  it('lists exactly the routes the server serves, in sandbox and in live mode', () => {
    const contract = Object.values(API_ROUTES).map((r) => `${r.method} ${r.path}`);
    expect(registeredApiRoutes()).toEqual([...contract].sort());
    const live = Object.values(API_ROUTES)
      .filter((r) => !('sandboxOnly' in r && r.sandboxOnly))
      .map((r) => `${r.method} ${r.path}`);
    expect(registeredApiRoutes({ ROKT_CLIENT_ID: 'id', ROKT_CLIENT_SECRET: 'secret-1' })).toEqual(
      live.sort(),
    );
  });

  it('describes what every route answers', async () => {
    const server = fetchFromApp(testApp(testConfig()).app);
    const json = async (path: string, init?: RequestInit) => {
      const response = await server.fetch(path, init);
      return { status: response.status, body: (await response.json()) as unknown };
    };
    const post = (body: unknown, type = 'application/json'): RequestInit => ({
      method: 'POST',
      headers: { 'Content-Type': type },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

    const report = { 'csp-report': { 'effective-directive': 'script-src', 'blocked-uri': 'inline' } };
    expect(API_ROUTES.cspReport.request.safeParse(report).success).toBe(true);
    const reported = await server.fetch(API_ROUTES.cspReport.path, post(report, 'application/csp-report'));
    expect(reported.status).toBe(204);
    expect(API_ROUTES.cspReport.response.parse((await reported.text()) || null)).toBeNull();

    const health = await json(API_ROUTES.health.path);
    expect(API_ROUTES.health.response.parse(health.body)).toEqual({ status: 'ok', mode: 'sandbox' });

    const sent = await json(API_ROUTES.testSend.path, post({ url: CREATE_URL, body: validCreateBody('e1') }));
    expect(sent.status).toBe(200);
    expect(API_ROUTES.testSend.response.parse(sent.body).upstream.status).toBe(202);
    const updated = await json(
      API_ROUTES.testSend.path,
      post({ url: UPDATE_URL, body: validCreateBody('e1') }),
    );
    expect(API_ROUTES.testSend.response.parse(updated.body).upstream.status).toBe(202);

    const page = await json(`${API_ROUTES.sandboxEvents.path}?limit=5`);
    const listed = API_ROUTES.sandboxEvents.response.parse(page.body);
    expect(listed.events.map((e) => [e.event.eventId, e.endpoint, e.history.length])).toEqual([
      ['e1', 'update', 1],
    ]);

    const cleared = await json(API_ROUTES.sandboxClear.path, { method: 'DELETE' });
    expect(API_ROUTES.sandboxClear.response.parse(cleared.body)).toEqual({ cleared: 1 });

    const token = await json(
      API_ROUTES.sandboxToken.path,
      post('grant_type=client_credentials', 'application/x-www-form-urlencoded'),
    );
    expect(ApiErrorSchema.parse(token.body).error.code).toBe('invalid_client');
    const basic = Buffer.from(`${SANDBOX_CLIENT.id}:${SANDBOX_CLIENT.secret}`).toString('base64');
    const granted = await json(API_ROUTES.sandboxToken.path, {
      ...post('grant_type=client_credentials', 'application/x-www-form-urlencoded'),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Basic ${basic}` },
    });
    const { access_token } = API_ROUTES.sandboxToken.response.parse(granted.body);
    const bearer = { 'Content-Type': 'application/json', Authorization: `Bearer ${access_token}` };
    const createBody = JSON.parse(validCreateBody('e2')) as unknown;
    expect(API_ROUTES.sandboxCreate.request.safeParse(createBody).success).toBe(true);
    const created = await json('/api/sandbox/rokt/v1/subscriptionevent/brazetest', {
      method: 'POST',
      headers: bearer,
      body: JSON.stringify(createBody),
    });
    expect(created.status).toBe(202);
    expect(API_ROUTES.sandboxCreate.response.parse(created.body).eventId).toBe('e2');
    const updateBody = { event: { ...(createBody as { event: object }).event, title: 'Moved' } };
    expect(API_ROUTES.sandboxUpdate.request.safeParse(updateBody).success).toBe(true);
    const changed = await json('/api/sandbox/rokt/v1/subscriptionevent/brazetest/update', {
      method: 'POST',
      headers: bearer,
      body: JSON.stringify(updateBody),
    });
    expect(API_ROUTES.sandboxUpdate.response.parse(changed.body).status).toBe('Accepted');

    const refused = await json(API_ROUTES.testSend.path, post({ url: 'https://example.com/', body: '{}' }));
    expect(refused.status).toBe(400);
    expect(ApiErrorSchema.parse(refused.body).error).toMatchObject({
      code: 'url_not_allowed',
      params: { reason: 'host' },
    });
  });

  it('sends only the error codes the contract lists, each with the values the page words it from', async () => {
    const server = fetchFromApp(testApp(testConfig()).app);
    const send = (init: RequestInit, path: string = API_ROUTES.testSend.path) => server.fetch(path, init);
    const json = { 'Content-Type': 'application/json' };
    const answers = [
      await send({ method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' }),
      await send({ method: 'POST', headers: json, body: '{' }),
      await send({ method: 'POST', headers: json, body: JSON.stringify({ url: CREATE_URL, body: '{"a":' }) }),
      await send({ method: 'POST', headers: json, body: JSON.stringify({ url: CREATE_URL, body: '{}' }) }),
      await send({ method: 'POST', headers: json, body: 'x'.repeat(70_000) }),
      await send({ method: 'GET' }, '/api/nothing'),
    ];
    const errors = await Promise.all(answers.map(async (a) => ApiErrorSchema.parse(await a.json()).error));
    expect(errors.map((e) => [e.code, e.params])).toEqual([
      ['bad_request', { v: 'content-type' }],
      ['bad_request', { v: 'json' }],
      ['invalid_body', { v: 'json' }],
      ['invalid_body', { v: 'rokt', count: 2 }],
      ['too_large', { kb: 64 }],
      ['not_found', { v: 'endpoint' }],
    ]);
    for (const error of errors) expect(API_ERROR_CODES).toContain(error.code);
    expect(errors[2]?.issues?.[0]?.code).toBe('json.invalid');
    expect(errors[3]?.issues?.map((i) => [i.code, i.path])).toEqual([
      ['rokt.required', 'event'],
      ['rokt.required', 'subscriptionIds'],
    ]);
  });

  it('takes test sends in the shape the page sends them', () => {
    expect(API_ROUTES.testSend.request.safeParse({ url: CREATE_URL, body: '{}' }).success).toBe(true);
    expect(API_ROUTES.testSend.request.safeParse({ url: CREATE_URL }).success).toBe(false);
  });
});
