/** Shared test data: the partner guide's templates and example user. */
import type { SampleUser } from '../sample-user/sample-user';

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
export const GUIDE_URL =
  "{% assign accountCode = {{custom_attribute.${rokt:account_code}}}[0] | split: '/' | first %}https://api.roktcalendar.com/v1/subscriptionevent/{{accountCode}}";

/** The guide's Authorization header value. */
export const GUIDE_AUTH =
  'Bearer {% connected_content https://api.roktcalendar.com/oauth2/token :method post :basic_auth <Rokt-Calendar-API> :body grant_type=client_credentials :save token :retry %}{{token.access_token}}';

const CAPTURES = `{% capture eventId %}Event_0001{% endcapture %}
{% capture eventTitle %}Event Title{% endcapture %}
{% capture eventDescr %}Event Description{% endcapture %}
{% capture eventLocation %}Event Location{% endcapture %}
{% capture eventStart %}2019-02-21T15:00:00{% endcapture %}
{% capture eventEnd %}2019-02-21T15:00:00{% endcapture %}
{% capture notifyBefore %}15{% endcapture %}
{% capture eventTZ %}Eastern Standard Time{% endcapture %}
`;

const EVENT = `  "event": {
    "eventId": "{{eventId}}_{{\${user_id}}}",
    "title": "{{eventTitle}}",
    "description": "{{eventDescr}}",
    "location": "{{eventLocation}}",
    "start": "{{eventStart}}",
    "end": "{{eventEnd}}",
    "timezone": "{{eventTZ}}",
    "notifyBefore": "{{notifyBefore}}"
  }`;

/** The guide's create body, verbatim. */
export const GUIDE_CREATE_BODY = `${CAPTURES}
{
${EVENT},
  "subscriptionIds": ["{{custom_attribute.\${rokt:subscription_id}| join: '","'  }}"]
}`;

/** The guide's update body, verbatim. */
export const GUIDE_UPDATE_BODY = `${CAPTURES}
{
${EVENT}
}`;

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
