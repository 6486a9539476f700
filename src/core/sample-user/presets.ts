import type { SampleUser } from './sample-user';

/** One ready-made sample user for the preview. */
export interface SampleUserPreset {
  id: string;
  name: string;
  description: string;
  user: SampleUser;
}

const SUFFIX = '/f5733866ade2';

/** The subscription group every preset user has a state in (`{{subscribed_state.${id}}}`). */
const PRESET_SUBSCRIPTION_GROUP = '5b2a9c61-3f0e-4d7a-8e19-6c4d2b7a9f30';

/*
 * Besides custom attributes, the presets have subscription states, a language and, when the user has used an
 * app or site, the most recently used device; the guide subscriber also has a braze_id and random bucket
 * (every Braze profile has both; the presets are in the first-paint bundle, so the others stay short).
 * `targeted_device`, `card` and `app` are filled by Braze only for push, in-app and Content Card messages
 * and `sms`/`whats_app` only in a Canvas an inbound message triggered, never for a webhook campaign, so the
 * presets leave them out (a sample user may still hold them).
 */

/** The partner guide's example subscriber: every rokt:* attribute from its table, as arrays. */
function guideUser(): SampleUser {
  const tagged = (value: string) => [value + SUFFIX];
  return {
    user_id: 'braze-user-1',
    braze_id: '65a1f0c2b3d4e5f601234567',
    first_name: 'Alex',
    last_name: 'Example',
    time_zone: 'Australia/Sydney',
    email_address: 'test@email.com',
    language: 'en',
    most_recent_locale: 'en_AU',
    random_bucket_number: 4821,
    subscribed_state: { email_global: 'opted_in', [PRESET_SUBSCRIPTION_GROUP]: 'subscribed' },
    most_recently_used_device: {
      platform: 'web',
      os: 'Windows',
      model: 'Chrome',
    },
    custom_attributes: {
      'rokt:account_code': ['brazetest/f5733866ade2', 'brazetest/ff10919f1078'],
      'rokt:account_id': tagged('d0ce4299-7d6c-4888-bfd8-c7e867a0fa6c'),
      'rokt:account_name': tagged('Braze Test'),
      'rokt:calendar_code': tagged('test-calendar-1'),
      'rokt:calendar_id': tagged('9a9007c7-f5a4-e811-b13c-06424c4f2724'),
      'rokt:calendar_title': tagged('Test Calendar 1'),
      'rokt:country_code': tagged('AU'),
      'rokt:device_name': tagged('Desktop'),
      'rokt:geo_country': tagged('Australia'),
      'rokt:optIn1': tagged('True'),
      'rokt:optIn2': tagged('True'),
      'rokt:source': tagged('brazetest.Rokt Calendarapp.com'),
      'rokt:subscriber_email': tagged('test@email.com'),
      'rokt:subscription_id': [
        '06423672-b6ba-4536-aa36-70788a7a0a36',
        '3f1c9a52-7d0e-4b8a-9c61-2e5f8d4b7a10',
      ],
      'rokt:subscription_method': tagged('WebCal'),
      'rokt:tags': ['Test Calendar 1/All Teams/f5733866ade2', 'Test Calendar 1/TeamI//f5733866ade2'],
    },
    event_properties: {},
    canvas_entry_properties: {},
    context: {},
    api_trigger_properties: {},
  };
}

/** A subscriber with several calendars and account codes, and a name that needs JSON escaping. */
function multiUser(): SampleUser {
  return {
    user_id: 'braze-user-2',
    first_name: 'Zoë "Z" O\'Neil',
    time_zone: 'Europe/Madrid',
    language: 'es',
    most_recent_locale: 'es_ES',
    subscribed_state: { email_global: 'subscribed', [PRESET_SUBSCRIPTION_GROUP]: 'unsubscribed' },
    custom_attributes: {
      'rokt:account_code': ['acme/0a1b2c3d4e5f', 'acme-outlet/1b2c3d4e5f60', 'acme/2c3d4e5f6071'],
      'rokt:calendar_title': ['Sales/0a1b2c3d4e5f', 'Outlet Events/1b2c3d4e5f60', 'Launches/2c3d4e5f6071'],
      'rokt:subscription_id': [
        '11111111-2222-4333-8444-555555555555',
        'a7e3c2d1-0b9f-4e8d-8c7b-6a5f4e3d2c1b',
        'c0ffee00-1234-4abc-9def-0123456789ab',
      ],
      'rokt:subscription_method': ['WebCal/0a1b2c3d4e5f', 'Google/1b2c3d4e5f60', 'WebCal/2c3d4e5f6071'],
    },
    event_properties: {},
    canvas_entry_properties: {},
    context: {},
    api_trigger_properties: {},
  };
}

/** A Braze user who never subscribed: no rokt:* attributes, imported by API (so no device). */
function noneUser(): SampleUser {
  return {
    user_id: 'braze-user-3',
    first_name: 'Sam',
    time_zone: 'America/New_York',
    language: 'en',
    subscribed_state: { email_global: 'unsubscribed' },
    custom_attributes: {},
    event_properties: {},
    canvas_entry_properties: {},
    context: {},
    api_trigger_properties: {},
  };
}

/**
 * The built-in sample users: 'guide' (the partner guide's example, in Sydney), 'multi' (several subscriptions,
 * in Madrid), 'none' (in New York). `time_zone` is Braze's standard attribute, used by the calendar preview.
 */
export const SAMPLE_USER_PRESETS: SampleUserPreset[] = [
  {
    id: 'guide',
    name: 'Guide subscriber',
    description: "The partner guide's example subscriber: account brazetest, two subscription ids.",
    user: guideUser(),
  },
  {
    id: 'multi',
    name: 'Several calendars',
    description: 'Three subscriptions across two account codes; a first name with quotes.',
    user: multiUser(),
  },
  {
    id: 'none',
    name: 'Not subscribed',
    description: 'No Rokt attributes at all: a create webhook should not be sent to this user.',
    user: noneUser(),
  },
];
