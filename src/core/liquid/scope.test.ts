import { describe, expect, it } from 'vitest';
import { renderBraze } from './render-braze';
import { SAMPLE_USER_PRESETS } from '../sample-user';
import type { SampleUser } from '../sample-user';

const NOW = new Date('2024-03-10T12:00:00Z');
const preset = (id: string) => SAMPLE_USER_PRESETS.find((p) => p.id === id)!.user;
const GROUP = '5b2a9c61-3f0e-4d7a-8e19-6c4d2b7a9f30';

/** A user holding every namespace Braze's "Supported personalization tags" page lists. */
const FULL: SampleUser = {
  ...preset('guide'),
  most_recently_used_device: {
    ...preset('guide').most_recently_used_device,
    browser: 'Chrome',
    foreground_push_enabled: false,
  },
  targeted_device: { id: 'a1b2', platform: 'android', os: 'Android 14', model: 'Pixel 8', carrier: 'Optus' },
  sms: { inbound_message_body: 'YES', inbound_media_urls: ['https://media.example/a.jpg'] },
  whats_app: { inbound_message_body: 'Remind me', inbound_profile_name: 'Alex' },
  card: { api_id: 'card-api-id', name: 'Spring card' },
  app: { api_id: 'sdk-api-key', name: 'Calendar app' },
  set_user_to_unsubscribed_url: 'https://links.example/unsub/abc',
  city: 'Sydney',
  country: 'AU',
  phone_number: '+61491570156',
};

describe('the Braze namespaces a sample user holds', () => {
  it.each([
    ['{{${braze_id}}}', '65a1f0c2b3d4e5f601234567'],
    ['{{${city}}}, {{${country}}}', 'Sydney, AU'],
    ['{{${most_recent_locale}}} {{${language}}}', 'en_AU en'],
    ['{{${random_bucket_number}}}', '4821'],
    ['{{${phone_number}}}', '+61491570156'],
    ['{{subscribed_state.${email_global}}}', 'opted_in'],
    [`{{subscribed_state.\${${GROUP}}}}`, 'subscribed'],
    ['{{most_recently_used_device.${platform}}}/{{most_recently_used_device.${browser}}}', 'web/Chrome'],
    ['{{most_recently_used_device.${os}}}', 'Windows'],
    ['{% if most_recently_used_device.${foreground_push_enabled} == false %}off{% endif %}', 'off'],
    ['{{targeted_device.${platform}}} {{targeted_device.${carrier}}}', 'android Optus'],
    [
      '{{sms.${inbound_message_body}}} {{sms.${inbound_media_urls} | first}}',
      'YES https://media.example/a.jpg',
    ],
    ['{{whats_app.${inbound_message_body}}} {{whats_app.${inbound_profile_name}}}', 'Remind me Alex'],
    ['{{card.${api_id}}} {{card.${name}}}', 'card-api-id Spring card'],
    ['{{app.${api_id}}} {{app.${name}}}', 'sdk-api-key Calendar app'],
    ['{{${set_user_to_unsubscribed_url}}}', 'https://links.example/unsub/abc'],
  ])('%s renders %j', async (source, expected) => {
    expect(await renderBraze(source, FULL, { now: NOW })).toEqual({ ok: true, output: expected });
  });

  it.each([
    ['{{${set_user_to_unsubscribed_url}}}', 'set_user_to_unsubscribed_url'],
    ['{{${unsubscribe_url}}}', 'unsubscribe_url'],
    ['{{${set_user_to_subscribed_url}}}', 'set_user_to_subscribed_url'],
    ['{{${set_user_to_opted_in_url}}}', 'set_user_to_opted_in_url'],
    ['{{${set_user_to_one_click_list_unsubscribe}}}', 'set_user_to_one_click_list_unsubscribe'],
  ])('%s is a stand-in link for every user, as Braze makes one for each', async (source, link) => {
    expect(await renderBraze(source, preset('none'), { now: NOW })).toEqual({
      ok: true,
      output: `https://preview.braze.invalid/${link}?user_id=braze-user-3`,
    });
  });

  it.each([
    [
      'guide',
      '{{most_recently_used_device.${platform}}}|{{subscribed_state.${email_global}}}',
      'web|opted_in',
    ],
    ['multi', '{{most_recently_used_device.${model}}}|{{subscribed_state.${email_global}}}', '|subscribed'],
    [
      'none',
      '{{most_recently_used_device.${platform}}}|{{subscribed_state.${email_global}}}',
      '|unsubscribed',
    ],
  ])('the %s preset renders its profile (%s)', async (id, source, expected) => {
    expect(await renderBraze(source, preset(id), { now: NOW })).toEqual({ ok: true, output: expected });
  });

  it('prints nothing for a namespace the user does not have, as Braze prints null', async () => {
    const source = '[{{targeted_device.${platform}}}{{card.${name}}}{{sms.${inbound_message_body}}}]';
    expect(await renderBraze(source, preset('none'), { now: NOW })).toEqual({ ok: true, output: '[]' });
  });

  it('keeps the namespaces from being replaced by extra variables', async () => {
    const result = await renderBraze('{{subscribed_state.${email_global}}}', preset('guide'), {
      now: NOW,
      variables: { subscribed_state: { email_global: 'spoofed' } },
    });
    expect(result).toEqual({ ok: true, output: 'opted_in' });
  });
});
