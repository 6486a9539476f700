import { describe, expect, it } from 'vitest';
import { CspReportRequestSchema, CspReportResponseSchema } from './csp-report';
import { API_ERROR_CODES, ApiErrorSchema, SANDBOX_ERROR_CODES, URL_REFUSAL_REASONS } from './errors';
import { HealthResponseSchema } from './health';
import { API_ROUTES } from './routes';
import {
  SandboxAcceptedSchema,
  SandboxClearedSchema,
  SandboxPageQuerySchema,
  SandboxPageSchema,
  SandboxTokenResponseSchema,
} from './sandbox';
import { TestSendRequestSchema, TestSendResponseSchema } from './test-send';

const event = {
  eventId: 'Event_1',
  title: 'Launch',
  start: '2027-06-15T15:00:00',
  timezone: 'Eastern Standard Time',
};
const stored = {
  id: 'a1',
  accountCode: 'brazetest',
  createdAt: '2027-01-15T12:00:00.000Z',
  receivedAt: '2027-01-15T12:00:00.000Z',
  endpoint: 'create',
  event,
  subscriptionIds: ['06423672-b6ba-4536-aa36-70788a7a0a36'],
  history: [
    { receivedAt: '2027-01-15T11:00:00.000Z', endpoint: 'update', event: { ...event, notifyBefore: 15 } },
  ],
};
const page = { events: [stored], nextCursor: null, total: 1, maxPageSize: 100 };
const sent = {
  upstream: { status: 202, headers: { 'content-type': 'application/json' }, body: '{}' },
  durationMs: 12.5,
  token: { cached: false },
};

// Each row: a schema, a value it must accept, and values it must refuse (each differs from the good one in one place).
const cases: [string, { safeParse(v: unknown): { success: boolean } }, unknown, unknown[]][] = [
  [
    'health',
    HealthResponseSchema,
    { status: 'ok', mode: 'sandbox' },
    [{ status: 'down', mode: 'sandbox' }, { status: 'ok', mode: 'test' }, { status: 'ok' }],
  ],
  ['health (live)', HealthResponseSchema, { status: 'ok', mode: 'live' }, []],
  [
    'CSP report (report-uri form)',
    CspReportRequestSchema,
    { 'csp-report': { 'blocked-uri': 'inline' } },
    [{}, { 'csp-report': 'x' }, [{ body: {} }], [{ type: 'csp-violation', body: 'x' }]],
  ],
  [
    'CSP report (Reporting API list)',
    CspReportRequestSchema,
    [{ type: 'csp-violation', body: { a: 1 } }],
    [],
  ],
  ['CSP report (entry without body)', CspReportRequestSchema, [{ type: 'csp-violation' }], []],
  ['CSP answer', CspReportResponseSchema, null, [{}, '']],
  [
    'test-send body',
    TestSendRequestSchema,
    { url: 'https://x.test', body: '{}' },
    [{ url: 'https://x.test' }, { body: '{}' }, { url: 1, body: '{}' }],
  ],
  [
    'test-send answer',
    TestSendResponseSchema,
    sent,
    [
      { ...sent, upstream: { ...sent.upstream, status: 202.5 } },
      { ...sent, upstream: { ...sent.upstream, headers: { a: 1 } } },
      { ...sent, upstream: { ...sent.upstream, body: undefined } },
      { ...sent, durationMs: '12' },
      { ...sent, token: { cached: 'no' } },
      { ...sent, token: undefined },
    ],
  ],
  [
    'sandbox page query',
    SandboxPageQuerySchema,
    { limit: '25', cursor: 'abc' },
    [{ limit: 'ten' }, { limit: '2.5' }, { cursor: 1 }],
  ],
  ['sandbox page query (empty)', SandboxPageQuerySchema, {}, []],
  [
    'sandbox page',
    SandboxPageSchema,
    page,
    [
      { ...page, total: 1.5 },
      { ...page, maxPageSize: undefined },
      { ...page, nextCursor: undefined },
      { ...page, events: [{ ...stored, endpoint: 'delete' }] },
      { ...page, events: [{ ...stored, subscriptionIds: [1] }] },
      { ...page, events: [{ ...stored, event: { ...event, title: undefined } }] },
      { ...page, events: [{ ...stored, event: { ...event, allDayEvent: 'yes' } }] },
      { ...page, events: [{ ...stored, event: { ...event, notifyBefore: true } }] },
      { ...page, events: [{ ...stored, history: [{ ...stored.history[0], endpoint: 'x' }] }] },
      { ...page, events: [{ ...stored, history: [{ ...stored.history[0], receivedAt: 1 }] }] },
      { ...page, events: [{ ...stored, accountCode: undefined }] },
    ],
  ],
  ['sandbox page (next cursor)', SandboxPageSchema, { ...page, nextCursor: 'c2', events: [] }, []],
  ['sandbox cleared', SandboxClearedSchema, { cleared: 3 }, [{ cleared: 1.5 }, {}]],
  [
    'sandbox token',
    SandboxTokenResponseSchema,
    { access_token: 't', token_type: 'Bearer', expires_in: 3600 },
    [
      { access_token: 't', token_type: 'bearer', expires_in: 3600 },
      { access_token: 't', token_type: 'Bearer', expires_in: '3600' },
      { token_type: 'Bearer', expires_in: 3600 },
    ],
  ],
  [
    'sandbox accepted',
    SandboxAcceptedSchema,
    { status: 'Accepted', message: 'Event created', eventId: 'Event_1' },
    [
      { status: 'accepted', message: 'Event created', eventId: 'Event_1' },
      { status: 'Accepted', eventId: 'Event_1' },
      { status: 'Accepted', message: 'Event created' },
    ],
  ],
  [
    'error',
    ApiErrorSchema,
    {
      error: {
        code: 'invalid_body',
        message: 'The body is not valid.',
        params: { field: 'url', max: 2 },
        issues: [
          {
            code: 'rokt.required',
            message: 'Title is required.',
            path: 'event.title',
            severity: 'error',
            field: 'body',
            line: 3,
            column: 7,
            excerpt: '"title": ""',
            params: { field: 'title' },
          },
        ],
        requestId: 'r1',
      },
    },
    [
      { error: { code: 'x' } },
      { error: { message: 'm' } },
      { error: { code: 'x', message: 'm', params: { a: true } } },
      {
        error: {
          code: 'x',
          message: 'm',
          issues: [{ code: 'c', message: 'm', path: 'p', severity: 'fatal' }],
        },
      },
      { error: { code: 'x', message: 'm', issues: [{ code: 'c', message: 'm', severity: 'error' }] } },
      {
        error: {
          code: 'x',
          message: 'm',
          issues: [{ code: 'c', message: 'm', path: 'p', severity: 'warning', line: '3' }],
        },
      },
      { error: { code: 'x', message: 'm', requestId: 1 } },
    ],
  ],
  [
    'error (warning issue)',
    ApiErrorSchema,
    {
      error: {
        code: 'x',
        message: 'm',
        issues: [{ code: 'c', message: 'm', path: 'p', severity: 'warning' }],
      },
    },
    [],
  ],
];

describe('the API schemas', () => {
  it.each(cases)('%s: accepts the documented shape and refuses each broken one', (_, schema, good, bad) => {
    expect(schema.safeParse(good).success).toBe(true);
    for (const value of bad)
      expect({ value, ok: schema.safeParse(value).success }).toEqual({ value, ok: false });
  });
});

describe('the API routes', () => {
  it('lists each route once by method and path, with the sandbox routes under /api/sandbox', () => {
    const routes = Object.values(API_ROUTES);
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of routes) {
      expect(r.path.startsWith('/api/')).toBe(true);
      expect(r.path.startsWith('/api/sandbox/')).toBe('sandboxOnly' in r && r.sandboxOnly);
    }
    expect(keys).toContain('POST /api/test-send');
    expect(keys).toContain('DELETE /api/sandbox/events');
  });

  it('reads the Rokt imitation routes with the same body schemas as the real checks', () => {
    const body = {
      event: { ...event, allDayEvent: false },
      subscriptionIds: ['06423672-b6ba-4536-aa36-70788a7a0a36'],
    };
    expect(API_ROUTES.sandboxCreate.request.safeParse(body).success).toBe(true);
    expect(API_ROUTES.sandboxCreate.request.safeParse({ event: {} }).success).toBe(false);
    expect(API_ROUTES.testSend.request.safeParse({ url: 'u', body: 'b' }).success).toBe(true);
    expect(API_ROUTES.sandboxEvents.response).toBe(SandboxPageSchema);
  });
});

describe('the error code lists', () => {
  it.each([
    ['API_ERROR_CODES', API_ERROR_CODES, /^[a-z]+(?:_[a-z]+)*$/, 'url_not_allowed'],
    ['SANDBOX_ERROR_CODES', SANDBOX_ERROR_CODES, /^[a-z]+(?:_[a-z]+)*$/, 'invalid_token'],
    ['URL_REFUSAL_REASONS', URL_REFUSAL_REASONS, /^[a-z]+(?:-[a-z]+)*$/, 'dot-segments'],
  ] as const)('%s: each code once, written the way the wire writes it', (_, codes, shape, example) => {
    expect(codes).toContain(example);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(shape);
  });
});
