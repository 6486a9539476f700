import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../event';
import type { Draft } from '../event';
import guideCreate from '../fixtures/guide-create.template.json';
import guideUpdate from '../fixtures/guide-update.template.json';
import { buildTemplate } from '../template';
import { importBrazeTemplate } from './import-braze-template';

const draft = (over: Partial<Draft> = {}, options: Partial<Draft['options']> = {}): Draft => {
  const d = defaultDraft();
  return { ...d, ...over, options: { ...d.options, ...options } };
};

const ROKT_URL = 'https://api.roktcalendar.com/v1/subscriptionevent/acme';

describe('importBrazeTemplate: the partner guide', () => {
  it.each([
    ['create', guideCreate],
    ['update', guideUpdate],
  ] as const)('reads the guide %s template completely', (mode, template) => {
    const { draft: d, unmapped, mapped } = importBrazeTemplate(template);
    expect(d).toEqual({
      ...defaultDraft(),
      mode,
      start: '2019-02-21T15:00',
      end: '2019-02-21T15:00',
      options: { ...defaultDraft().options, quoteNotifyBefore: true },
    });
    expect(unmapped).toEqual([]);
    expect(mapped).toEqual(
      expect.arrayContaining([
        'mode',
        'credentialName',
        'title',
        'notifyBefore',
        'options.quoteNotifyBefore',
      ]),
    );
  });

  it('reads the Spanish "Autorización: Portador" header, says so, and notes the <placeholder> credential', () => {
    const {
      draft: d,
      unmapped,
      notes,
    } = importBrazeTemplate({
      ...guideCreate,
      headers: [
        {
          name: 'Autorización',
          value: guideCreate.headers[0]!.value.replace('Bearer', 'Portador').replace(
            'Rokt-Calendar-API',
            '<Rokt-Calendar-API>',
          ),
        },
      ],
    });
    expect(d.credentialName).toBe('Rokt-Calendar-API');
    expect(unmapped.map((u) => u.text)).toEqual(['<Rokt-Calendar-API>']);
    expect(notes).toEqual([
      'Read "Autorización" as Authorization and "Portador" as Bearer: a translated copy of the guide; Braze and Rokt need the English words.',
    ]);
  });
});

describe('importBrazeTemplate: round trip of our own builder', () => {
  it.each<[string, Draft]>([
    ['default create', defaultDraft()],
    ['update nested', draft({ mode: 'update' })],
    [
      'update flat, quoted reminder',
      draft({ mode: 'update', notifyBefore: 90 }, { updateShape: 'flat', quoteNotifyBefore: true }),
    ],
    ['no user id suffix, no abort', draft({}, { appendUserId: false, abortWithoutSubscriptions: false })],
    [
      'Liquid, quotes and newlines',
      draft({
        title: 'Hi {{${first_name} | default: "you"}}',
        description: 'a "b" \\ c\nd',
        location: '{% if ${city} %}{{${city}}}{% endif %}',
      }),
    ],
    ['a title ending in {', draft({ title: 'Curly {', eventId: '{' })],
    ['all-day over two days', draft({ allDay: true, start: '2027-12-24T00:00', end: '2027-12-25T00:00' })],
    [
      'credential and seconds',
      draft({
        credentialName: 'rokt_prod',
        start: '2027-05-01T09:00:30',
        timezone: 'AUS Eastern Standard Time',
      }),
    ],
  ])('%s', (_name, d) => {
    const result = importBrazeTemplate(buildTemplate(d));
    expect(result.unmapped).toEqual([]);
    expect(result.draft).toEqual(d);
  });
});

describe('importBrazeTemplate: hand-written bodies', () => {
  it('reads literal JSON values, a number reminder and a flat update', () => {
    const body = JSON.stringify({
      eventId: 'sale-1',
      title: 'Summer "sale"',
      start: '2027-06-01T09:00:00',
      end: '2027-06-01T10:00:00',
      timezone: 'GMT Standard Time',
      notifyBefore: 60,
      allDayEvent: false,
    });
    const { draft: d, unmapped } = importBrazeTemplate({ url: `${ROKT_URL}/update`, body });
    expect(d).toMatchObject({
      mode: 'update',
      eventId: 'sale-1',
      title: 'Summer "sale"',
      start: '2027-06-01T09:00',
      notifyBefore: 60,
      timezone: 'GMT Standard Time',
    });
    expect(d.options).toMatchObject({ updateShape: 'flat', appendUserId: false, quoteNotifyBefore: false });
    expect(unmapped.map((u) => u.part)).toEqual(['url']);
  });

  it('lists fields and ids it does not keep, with reasons', () => {
    const body = `{% assign promo = 'X' %}{"event": {"eventId": "e", "title": "T", "actionType": "add", "notifyBefore": "soon"}, "subscriptionIds": ["abc"]} trailing`;
    const { unmapped } = importBrazeTemplate({
      url: `${ROKT_URL}`,
      body,
      headers: [{ name: 'X-Extra', value: '1' }],
    });
    expect(unmapped.map((u) => u.part)).toEqual([
      'url',
      'headers.X-Extra',
      'body',
      'body',
      'event.actionType',
      'event.notifyBefore',
      'subscriptionIds',
    ]);
    for (const u of unmapped) expect(u.reason.length).toBeGreaterThan(10);
  });

  it('reports a capture no field uses', () => {
    const body = `{% capture promo %}SAVE10{% endcapture %}{"event": {"eventId": "e", "title": "T"}}`;
    expect(importBrazeTemplate({ url: buildTemplate(defaultDraft()).url, body }).unmapped).toEqual([
      {
        part: 'capture promo',
        text: '{% capture promo %}SAVE10{% endcapture %}',
        reason: expect.any(String),
        why: { code: 'capture-unused' },
      },
    ]);
  });
});

describe('importBrazeTemplate: garbage', () => {
  it.each<[string, unknown]>([
    ['empty strings', { url: '', body: '' }],
    ['not JSON', { url: 'hello', body: 'just some text' }],
    ['broken JSON', { url: ROKT_URL, body: '{"event": {"title": "x", }' }],
    ['unclosed Liquid', { url: ROKT_URL, body: '{"title": "{{ oops"}' }],
    ['wrong types', { url: 42, body: { a: 1 }, headers: 'x' }],
    ['null', null],
  ])('never throws and keeps defaults: %s', (_name, input) => {
    const result = importBrazeTemplate(input as never);
    expect(result.draft).toEqual(defaultDraft());
    expect(result.unmapped.length).toBeGreaterThan(0);
  });
});

describe('importBrazeTemplate: input that is not text', () => {
  it('reads a missing URL and body as empty, and keeps only headers with a text name and value', () => {
    const input = {
      url: 5,
      body: null,
      headers: [{ name: 1, value: 'x' }, { name: 'X-A' }, null, { name: 'X-Campaign', value: 'spring' }],
    } as unknown as Parameters<typeof importBrazeTemplate>[0];
    const { draft: d, unmapped } = importBrazeTemplate(input);
    expect(d).toEqual(defaultDraft());
    expect(unmapped.map((u) => [u.part, u.text, u.why.code])).toEqual([
      ['url', '', 'no-url'],
      ['headers.X-Campaign', 'spring', 'other-header'],
      ['body', '', 'no-json'],
    ]);
  });
});
