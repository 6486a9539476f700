/** Shared test data for the renderer: the partner guide's templates (from the fixtures) and a richer example user. */
import guideCreate from '../core/fixtures/guide-create.template.json';
import guideUpdate from '../core/fixtures/guide-update.template.json';
import type { SampleUser } from '../core/sample-user';

const empty = { event_properties: {}, canvas_entry_properties: {}, context: {}, api_trigger_properties: {} };

/** The partner guide's example user (two subscriptions). */
export const GUIDE_USER: SampleUser = {
  user_id: 'user-123',
  first_name: 'Ana',
  custom_attributes: {
    'rokt:account_code': ['brazetest/f5733866ade2', 'brazetest/ff10919f1078'],
    'rokt:subscription_id': ['06423672-b6ba-4536-aa36-70788a7a0a36', '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f'],
    songs: [{ artist: 'Nina Simone' }],
    account_as_text: 'brazetest/f5733866ade2',
    prefs: { lang: 'es', tags: ['a', 'b'], none: null },
    'zip code': '2000',
  },
  ...empty,
};

/** A user with no Rokt attributes at all. */
export const NO_ROKT_USER: SampleUser = { user_id: 'user-9', custom_attributes: {}, ...empty };

/** The guide's webhook URL (create). */
export const GUIDE_URL = guideCreate.url;

/** The guide's Authorization header value, with the credential placeholder as the guide prints it. */
export const GUIDE_AUTH = (guideCreate.headers[0]?.value ?? '').replace(
  ':basic_auth Rokt-Calendar-API',
  ':basic_auth <Rokt-Calendar-API>',
);

/** The guide's create body, verbatim. */
export const GUIDE_CREATE_BODY = guideCreate.body;

/** The guide's update body, verbatim. */
export const GUIDE_UPDATE_BODY = guideUpdate.body;

/** The event object every guide body renders to. */
export const GUIDE_EVENT = {
  eventId: 'Event_0001_user-123',
  title: 'Event Title',
  description: 'Event Description',
  location: 'Event Location',
  start: '2019-02-21T15:00:00',
  end: '2019-02-21T15:00:00',
  timezone: 'Eastern Standard Time',
  notifyBefore: '15',
};
