import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../event';
import type { Draft } from '../event';
import { buildTemplate } from './build-template';

const draft = (over: Partial<Draft> = {}, options: Partial<Draft['options']> = {}): Draft => {
  const d = defaultDraft();
  return { ...d, ...over, options: { ...d.options, ...options } };
};

const URL_PREFIX =
  "{% assign accountCode = {{custom_attribute.${rokt:account_code}}}[0] | split: '/' | first %}https://api.roktcalendar.com/v1/subscriptionevent/{{accountCode}}";

describe('buildTemplate: URL and headers', () => {
  it.each([
    ['create', URL_PREFIX],
    ['update', `${URL_PREFIX}/update`],
  ] as const)('%s mode uses the partner guide URL', (mode, url) => {
    expect(buildTemplate(draft({ mode })).url).toBe(url);
  });

  it('sends POST with a Bearer token fetched through the named credential, and JSON content type', () => {
    const t = buildTemplate(draft({ credentialName: 'My-Rokt-Keys' }));
    expect(t.method).toBe('POST');
    expect(t.headers).toEqual([
      {
        name: 'Authorization',
        value:
          'Bearer {% connected_content https://api.roktcalendar.com/oauth2/token :method post :basic_auth My-Rokt-Keys :body grant_type=client_credentials :save token :retry %}{{token.access_token}}',
      },
      { name: 'Content-Type', value: 'application/json' },
    ]);
  });
});

describe('buildTemplate: body', () => {
  it('writes the default create body a marketer pastes into Braze', () => {
    expect(buildTemplate(defaultDraft()).body).toBe(
      [
        '{% capture eventId %}Event_0001{% endcapture -%}',
        '{% capture eventTitle %}Event Title{% endcapture -%}',
        '{% capture eventDescr %}Event Description{% endcapture -%}',
        '{% capture eventLocation %}Event Location{% endcapture -%}',
        '{% capture eventStart %}2027-02-21T15:00:00{% endcapture -%}',
        '{% capture eventEnd %}2027-02-21T16:00:00{% endcapture -%}',
        '{% capture eventTZ %}Eastern Standard Time{% endcapture -%}',
        '{% assign subscriptionIds = {{custom_attribute.${rokt:subscription_id}}} -%}',
        "{% if subscriptionIds == blank %}{% abort_message('Not sent: this user has no Rokt subscription ids in rokt:subscription_id') %}{% endif -%}",
        '{',
        '  "event": {',
        '    "eventId": "{{eventId | json_escape}}_{{${user_id} | json_escape}}",',
        '    "title": "{{eventTitle | json_escape}}",',
        '    "description": "{{eventDescr | json_escape}}",',
        '    "location": "{{eventLocation | json_escape}}",',
        '    "start": "{{eventStart | json_escape}}",',
        '    "end": "{{eventEnd | json_escape}}",',
        '    "timezone": "{{eventTZ | json_escape}}",',
        '    "allDayEvent": false,',
        '    "notifyBefore": 15',
        '  },',
        '  "subscriptionIds": [{% for subscriptionId in subscriptionIds %}"{{subscriptionId | json_escape}}"{% unless forloop.last %}, {% endunless %}{% endfor %}]',
        '}',
      ].join('\n'),
    );
  });

  it.each<{ name: string; draft: Draft; has: string[]; hasNot: string[] }>([
    {
      name: 'update, nested (Braze guide shape)',
      draft: draft({ mode: 'update' }),
      has: ['{\n  "event": {\n    "eventId"', '"notifyBefore": 15\n  }\n}'],
      hasNot: ['subscriptionIds', 'abort_message'],
    },
    {
      name: 'update, flat (Rokt reference shape)',
      draft: draft({ mode: 'update' }, { updateShape: 'flat' }),
      has: ['{\n  "eventId": "{{eventId | json_escape}}', '"notifyBefore": 15\n}'],
      hasNot: ['"event"', 'subscriptionIds', 'abort_message'],
    },
    {
      name: 'quoted notifyBefore',
      draft: draft({ notifyBefore: 30 }, { quoteNotifyBefore: true }),
      has: ['"notifyBefore": "30"'],
      hasNot: ['"notifyBefore": 30'],
    },
    {
      name: 'an emptied reminder is printed as null, not a default',
      draft: draft({ notifyBefore: Number.NaN }),
      has: ['"notifyBefore": null'],
      hasNot: ['"notifyBefore": 15', '"notifyBefore": 0'],
    },
    {
      name: 'an emptied quoted reminder is still null',
      draft: draft({ notifyBefore: Number.NaN }, { quoteNotifyBefore: true }),
      has: ['"notifyBefore": null'],
      hasNot: ['"null"'],
    },
    {
      name: 'appendUserId off',
      draft: draft({}, { appendUserId: false }),
      has: ['"eventId": "{{eventId | json_escape}}",'],
      hasNot: ['${user_id}'],
    },
    {
      name: 'create without abort',
      draft: draft({}, { abortWithoutSubscriptions: false }),
      has: ['{% for subscriptionId in subscriptionIds %}'],
      hasNot: ['abort_message'],
    },
    {
      name: 'all-day event: midnight to midnight after the last day',
      draft: draft({ allDay: true, start: '2027-12-24T09:30', end: '2027-12-26T17:00' }),
      has: [
        '{% capture eventStart %}2027-12-24T00:00:00{% endcapture -%}',
        '{% capture eventEnd %}2027-12-27T00:00:00{% endcapture -%}',
        '"allDayEvent": true',
      ],
      hasNot: ['"allDayEvent": false'],
    },
    {
      name: 'all-day event ending on the last day of a year',
      draft: draft({ allDay: true, start: '2027-12-31T00:00', end: '2027-12-31T00:00' }),
      has: ['2027-12-31T00:00:00{% endcapture', '{% capture eventEnd %}2028-01-01T00:00:00{% endcapture -%}'],
      hasNot: [],
    },
    {
      name: 'seconds are kept when given',
      draft: draft({ start: '2027-03-14T01:59:59', end: '2027-03-14T03:00' }),
      has: ['2027-03-14T01:59:59{% endcapture', '2027-03-14T03:00:00{% endcapture'],
      hasNot: [],
    },
    {
      name: 'Liquid typed into a text field stays inside its capture',
      draft: draft({ title: 'Hi {{${first_name}}}', description: 'Line 1\nLine "2"' }),
      has: [
        '{% capture eventTitle %}Hi {{${first_name}}}{% endcapture -%}',
        '{% capture eventDescr %}Line 1\nLine "2"{% endcapture -%}',
      ],
      hasNot: [],
    },
    {
      name: 'a value ending in { cannot merge with {% endcapture %}',
      draft: draft({ title: 'Sale {' }),
      has: ["{% capture eventTitle %}Sale {{ '{' }}{% endcapture -%}"],
      hasNot: ['{{%'],
    },
  ])('$name', ({ draft: d, has, hasNot }) => {
    const { body } = buildTemplate(d);
    for (const text of has) expect(body).toContain(text);
    for (const text of hasNot) expect(body).not.toContain(text);
  });
});
