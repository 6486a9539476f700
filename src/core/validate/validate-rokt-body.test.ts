import { describe, expect, it } from 'vitest';
import type { RoktEndpoint } from './endpoint';
import { RoktCreateBodySchema, RoktUpdateBodySchema } from './rokt-schemas';
import { type UpdateShape, validateRoktBody } from './validate-rokt-body';

const SUB1 = '06423672-b6ba-4536-aa36-70788a7a0a36';
const SUB2 = '3f1c9a52-7d0e-4b8a-9c61-2e5f8d4b7a10';
const EVENT = {
  eventId: 'Event_0001_u1',
  title: 'Summer sale',
  description: 'Three days',
  location: 'Open the event',
  start: '2027-02-21T15:00:00',
  end: '2027-02-21T16:00:00',
  timezone: 'Eastern Standard Time',
  allDayEvent: false,
  notifyBefore: 15,
};
const ev = (patch: Record<string, unknown>) => {
  const e: Record<string, unknown> = { ...EVENT, ...patch };
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete e[k];
  return e;
};
const create = (patch: Record<string, unknown> = {}, ids: unknown = [SUB1, SUB2]) => ({
  event: ev(patch),
  subscriptionIds: ids,
});
const noIds = { event: EVENT };

type Row = [
  name: string,
  json: unknown,
  endpoint: RoktEndpoint,
  shape: UpdateShape | undefined,
  codes: string[],
];
const rows: Row[] = [
  ['valid create', create(), 'create', undefined, []],
  ['valid nested update', { event: EVENT }, 'update', undefined, []],
  ['valid flat update', EVENT, 'update', undefined, []],
  [
    'minimal event, no optional fields',
    {
      event: { eventId: 'a', title: 't', start: '2027-01-01T10:00', timezone: 'UTC' },
      subscriptionIds: [SUB1],
    },
    'create',
    undefined,
    [],
  ],
  [
    'guide: start equals end',
    create({ end: EVENT.start }),
    'create',
    undefined,
    ['warning rokt.zero-duration event.end'],
  ],
  [
    'guide: notifyBefore quoted',
    create({ notifyBefore: '15' }),
    'create',
    undefined,
    ['warning rokt.notify-before-quoted event.notifyBefore'],
  ],
  [
    'notifyBefore words',
    create({ notifyBefore: '15 minutes' }),
    'create',
    undefined,
    ['error rokt.type event.notifyBefore'],
  ],
  [
    'notifyBefore empty text',
    create({ notifyBefore: '' }),
    'create',
    undefined,
    ['error rokt.type event.notifyBefore'],
  ],
  [
    'notifyBefore negative',
    create({ notifyBefore: -5 }),
    'create',
    undefined,
    ['error rokt.notify-before-negative event.notifyBefore'],
  ],
  ['missing title', create({ title: undefined }), 'create', undefined, ['error rokt.required event.title']],
  ['empty eventId', create({ eventId: '  ' }), 'create', undefined, ['error rokt.required event.eventId']],
  ['title a number', create({ title: 42 }), 'create', undefined, ['error rokt.type event.title']],
  [
    'missing start and timezone',
    create({ start: undefined, timezone: undefined }),
    'create',
    undefined,
    ['error rokt.required event.start', 'error rokt.required event.timezone'],
  ],
  [
    'start with Z',
    create({ start: '2027-02-21T15:00:00Z' }),
    'create',
    undefined,
    ['error rokt.datetime-offset event.start'],
  ],
  [
    'end with offset',
    create({ end: '2027-02-21T16:00:00-05:00' }),
    'create',
    undefined,
    ['error rokt.datetime-offset event.end'],
  ],
  [
    'start date only',
    create({ start: '2027-02-21' }),
    'create',
    undefined,
    ['error rokt.datetime-format event.start'],
  ],
  [
    'start with a space',
    create({ start: '2027-02-21 15:00:00' }),
    'create',
    undefined,
    ['error rokt.datetime-format event.start'],
  ],
  [
    'impossible date',
    create({ start: '2027-02-30T15:00:00' }),
    'create',
    undefined,
    ['error rokt.datetime-format event.start'],
  ],
  [
    'end before start',
    create({ end: '2027-02-21T14:59:00' }),
    'create',
    undefined,
    ['error rokt.end-before-start event.end'],
  ],
  ['end without seconds after start', create({ end: '2027-02-21T15:30' }), 'create', undefined, []],
  [
    'IANA timezone',
    create({ timezone: 'America/New_York' }),
    'create',
    undefined,
    ['error rokt.timezone-unknown event.timezone'],
  ],
  [
    'allDayEvent quoted',
    create({ allDayEvent: 'true' }),
    'create',
    undefined,
    ['error rokt.type event.allDayEvent'],
  ],
  [
    'unknown field',
    create({ eventTitle: 'x' }),
    'create',
    undefined,
    ['warning rokt.unknown-field event.eventTitle'],
  ],
  [
    'undocumented field',
    create({ timezoneIanaId: 'America/New_York' }),
    'create',
    undefined,
    ['warning rokt.undocumented-field event.timezoneIanaId'],
  ],
  ['create without subscriptionIds', noIds, 'create', undefined, ['error rokt.required subscriptionIds']],
  ['subscriptionIds a string', create({}, SUB1), 'create', undefined, ['error rokt.type subscriptionIds']],
  [
    'subscriptionIds empty',
    create({}, []),
    'create',
    undefined,
    ['error rokt.subscription-ids-empty subscriptionIds'],
  ],
  [
    'user without ids renders [""]',
    create({}, ['']),
    'create',
    undefined,
    ['error rokt.subscription-ids-empty subscriptionIds'],
  ],
  [
    'second id malformed',
    create({}, [SUB1, 'brazetest/f5733866ade2']),
    'create',
    undefined,
    ['error rokt.subscription-id-format subscriptionIds[1]'],
  ],
  ['id with a number', create({}, [SUB1, 7]), 'create', undefined, ['error rokt.type subscriptionIds[1]']],
  [
    'duplicate id',
    create({}, [SUB1, SUB1.toUpperCase()]),
    'create',
    undefined,
    ['warning rokt.subscription-id-duplicate subscriptionIds[1]'],
  ],
  [
    'event missing in create',
    { subscriptionIds: [SUB1] },
    'create',
    undefined,
    ['error rokt.required event'],
  ],
  [
    'field outside event',
    { ...create(), title: 'x' },
    'create',
    undefined,
    ['warning rokt.unknown-field title'],
  ],
  ['body is a list', [EVENT], 'create', undefined, ['error rokt.type ']],
  [
    'update with subscriptionIds',
    { event: EVENT, subscriptionIds: [SUB1] },
    'update',
    undefined,
    ['warning rokt.subscription-ids-ignored subscriptionIds'],
  ],
  ['flat update when nested required', EVENT, 'update', 'nested', ['error rokt.update-shape event']],
  ['nested update when flat required', { event: EVENT }, 'update', 'flat', ['error rokt.update-shape event']],
  ['flat update missing title', ev({ title: undefined }), 'update', 'flat', ['error rokt.required title']],
  ['empty update', {}, 'update', undefined, ['error rokt.required event']],
];

const summary = (json: unknown, endpoint: RoktEndpoint, shape?: UpdateShape) =>
  validateRoktBody(json, endpoint, shape ? { updateShape: shape } : {}).map(
    (i) => `${i.severity} ${i.code} ${i.path}`,
  );

describe('validateRoktBody', () => {
  it.each(rows)('%s', (_name, json, endpoint, shape, codes) => {
    expect(summary(json, endpoint, shape)).toEqual(codes);
  });

  it('explains a quoted notifyBefore as a warning with the fix', () => {
    const [issue] = validateRoktBody(create({ notifyBefore: '15' }), 'create');
    expect(issue?.message).toContain('"notifyBefore": 15');
  });

  it('suggests the Windows id for an IANA timezone', () => {
    const [issue] = validateRoktBody(create({ timezone: 'America/New_York' }), 'create');
    expect(issue?.message).toContain('"Eastern Standard Time"');
  });

  it('suggests the exact spelling for a mis-cased timezone', () => {
    const [issue] = validateRoktBody(create({ timezone: 'eastern standard time' }), 'create');
    expect(issue?.message).toContain('Did you mean "Eastern Standard Time"?');
  });

  it('explains that Rokt wants wall-clock time for an offset', () => {
    const [issue] = validateRoktBody(create({ start: '2027-02-21T20:00:00Z' }), 'create');
    expect(issue?.message).toMatch(/wall-clock time in the event's timezone/);
  });

  it('tells the marketer the user has no subscription ids', () => {
    const [issue] = validateRoktBody(create({}, ['']), 'create');
    expect(issue?.message).toContain('rokt:subscription_id');
  });
});

describe('zod schemas agree with validateRoktBody on errors', () => {
  it.each(rows.filter(([, , endpoint, shape]) => endpoint === 'create' || shape === undefined))(
    '%s',
    (_name, json, endpoint) => {
      const hasErrors = validateRoktBody(json, endpoint).some((i) => i.severity === 'error');
      const schema = endpoint === 'create' ? RoktCreateBodySchema : RoktUpdateBodySchema;
      expect(schema.safeParse(json).success).toBe(!hasErrors);
    },
  );
});

describe('validateRoktBody: clock changes', () => {
  const body = (start: string, end: string, allDayEvent = false) => ({
    event: {
      eventId: 'e1',
      title: 't',
      start,
      end,
      timezone: 'Eastern Standard Time',
      allDayEvent,
      notifyBefore: 15,
    },
    subscriptionIds: ['06423672-b6ba-4536-aa36-70788a7a0a36'],
  });

  it('refuses a start the clocks skip (New York, spring forward)', () => {
    const issues = validateRoktBody(body('2027-03-14T02:30:00', '2027-03-14T03:30:00'), 'create');
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'rokt.nonexistent-time', path: 'event.start', severity: 'error' }),
    );
  });

  it.each([
    ['a repeated fall-back time', '2027-11-07T01:30:00', '2027-11-07T02:30:00', false],
    ['an all-day event on the change day', '2027-03-14T00:00:00', '2027-03-15T00:00:00', true],
  ])('accepts %s', (_name, start, end, allDay) => {
    const codes = validateRoktBody(body(start, end, allDay), 'create').map((i) => i.code);
    expect(codes).not.toContain('rokt.nonexistent-time');
  });
});

describe('validateRoktBody: the sentences about the body’s shape', () => {
  const WRAP =
    'This update body has its fields at the top level, but the chosen shape wraps them in "event": { … } (as Braze\'s template does). Wrap them, or switch the update shape to flat.';
  const UNWRAP =
    'This update body wraps its fields in "event": { … }, but the chosen shape puts them at the top level (as Rokt\'s reference does). Remove the wrapper, or switch the update shape to nested.';
  const IDS_IGNORED =
    'An update does not take subscriptionIds: Rokt matches the event by eventId in every calendar it was added to. Remove the list.';
  it.each<[string, unknown, RoktEndpoint, UpdateShape | undefined, object[]]>([
    [
      'a body that is a list',
      [EVENT],
      'create',
      undefined,
      [
        {
          severity: 'error',
          code: 'rokt.type',
          path: '',
          field: 'body',
          message: 'The body must be a JSON object in { }, not a list.',
          params: { expected: 'object', got: 'list' },
        },
      ],
    ],
    [
      'a create without its event',
      { subscriptionIds: [SUB1] },
      'create',
      undefined,
      [
        {
          severity: 'error',
          code: 'rokt.required',
          path: 'event',
          field: 'body',
          message: 'The event (event) is missing: wrap the event fields in "event": { … }.',
        },
      ],
    ],
    [
      'an event that is a text',
      { event: 'Summer sale', subscriptionIds: [SUB1] },
      'create',
      undefined,
      [
        {
          severity: 'error',
          code: 'rokt.type',
          path: 'event',
          field: 'body',
          message: 'The event (event) must be an object in { }, not text.',
          params: { expected: 'object', got: 'text' },
        },
      ],
    ],
    [
      'a flat update where the wrapped shape is chosen',
      EVENT,
      'update',
      'nested',
      [{ severity: 'error', code: 'rokt.update-shape', path: 'event', message: WRAP, params: { v: 'wrap' } }],
    ],
    [
      'a wrapped update where the flat shape is chosen',
      { event: EVENT },
      'update',
      'flat',
      [
        {
          severity: 'error',
          code: 'rokt.update-shape',
          path: 'event',
          message: UNWRAP,
          params: { v: 'unwrap' },
        },
      ],
    ],
    ['a wrapped update where either shape is accepted', { event: EVENT }, 'update', 'either', []],
    ['a flat update where the flat shape is chosen', EVENT, 'update', 'flat', []],
    [
      'an update with subscription ids',
      { event: EVENT, subscriptionIds: [SUB1] },
      'update',
      undefined,
      [
        {
          severity: 'warning',
          code: 'rokt.subscription-ids-ignored',
          path: 'subscriptionIds',
          message: IDS_IGNORED,
        },
      ],
    ],
    [
      'a flat update with subscription ids',
      { ...EVENT, subscriptionIds: [SUB1] },
      'update',
      'flat',
      [
        {
          severity: 'warning',
          code: 'rokt.subscription-ids-ignored',
          path: 'subscriptionIds',
          message: IDS_IGNORED,
        },
      ],
    ],
  ])('%s', (_name, json, endpoint, shape, issues) => {
    expect(validateRoktBody(json, endpoint, shape ? { updateShape: shape } : {})).toEqual(
      issues.map((i) => expect.objectContaining(i)),
    );
  });
});
