import { describe, expect, it } from 'vitest';
import { renderBraze } from './render-braze';
import {
  GUIDE_AUTH,
  GUIDE_CREATE_BODY,
  GUIDE_EVENT,
  GUIDE_UPDATE_BODY,
  GUIDE_URL,
  GUIDE_USER,
  NO_ROKT_USER,
} from '../../testing/liquid-fixtures';
import type { SampleUser } from '../sample-user';

const NOW = new Date('2024-03-10T12:00:00Z');
const render = (source: string, user: SampleUser = GUIDE_USER) => renderBraze(source, user, { now: NOW });

describe('the partner guide templates', () => {
  it('renders the create URL to the account code before the slash', async () => {
    expect(await render(GUIDE_URL)).toEqual({
      ok: true,
      output: 'https://api.roktcalendar.com/v1/subscriptionevent/brazetest',
    });
  });

  it('renders the update URL', async () => {
    expect(await render(`${GUIDE_URL}/update`)).toEqual({
      ok: true,
      output: 'https://api.roktcalendar.com/v1/subscriptionevent/brazetest/update',
    });
  });

  it('renders the create body to valid JSON with every subscription id', async () => {
    const result = await render(GUIDE_CREATE_BODY);
    expect(result.ok).toBe(true);
    expect(JSON.parse(result.output)).toEqual({
      event: GUIDE_EVENT,
      subscriptionIds: ['06423672-b6ba-4536-aa36-70788a7a0a36', '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f'],
    });
  });

  it('renders the update body to valid JSON', async () => {
    const result = await render(GUIDE_UPDATE_BODY);
    expect(JSON.parse(result.output)).toEqual({ event: GUIDE_EVENT });
  });

  it('renders an empty subscription list as [""] for a user without Rokt attributes (Ruby join of nil)', async () => {
    const result = await render(GUIDE_CREATE_BODY, NO_ROKT_USER);
    expect(JSON.parse(result.output).subscriptionIds).toEqual(['']);
  });

  it('renders the URL without an account code for a user without Rokt attributes', async () => {
    expect((await render(GUIDE_URL, NO_ROKT_USER)).output).toBe(
      'https://api.roktcalendar.com/v1/subscriptionevent/',
    );
  });

  it('renders the Authorization header with the preview token', async () => {
    expect(await render(GUIDE_AUTH)).toEqual({ ok: true, output: 'Bearer PREVIEW_TOKEN' });
  });
});

describe('Braze personalization syntax', () => {
  it.each([
    ['{{${user_id}}}', 'user-123'],
    ['{{${first_name}}}', 'Ana'],
    ['{{ ${first_name} | upcase }}', 'ANA'],
    ["{{${last_name} | default: 'friend'}}", 'friend'],
    ['{{custom_attribute.${zip code}}}', '2000'],
    ['{{custom_attribute.${songs}[0].artist}}', 'Nina Simone'],
    ['{{custom_attribute.${rokt:subscription_id}[1]}}', '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f'],
    ['{{custom_attribute.${rokt:subscription_id}.size}}', '2'],
    ['{{custom_attribute.${rokt:account_code}|first}}', 'brazetest/f5733866ade2'],
    ["{% if custom_attribute.${prefs}.lang == 'es' %}hola{% endif %}", 'hola'],
    ['{% assign n = {{custom_attribute.${rokt:subscription_id}}} | size %}{{n}}', '2'],
    ['{{event_properties.${item}}}|{{canvas_entry_properties.${step}}}', 'shoe|two'],
    ['{{context.${c}}}|{{api_trigger_properties.${t}}}', 'ctx|api'],
    ['{{campaign.${name}}}|{{canvas.${name}}}', 'Preview campaign|Preview Canvas'],
    ['{% raw %}{{${user_id}}}{% endraw %}', '{{${user_id}}}'],
    ['Hi ${first_name}', 'Hi ${first_name}'],
  ])('%s -> %s', async (source, expected) => {
    const user: SampleUser = {
      ...GUIDE_USER,
      event_properties: { item: 'shoe' },
      canvas_entry_properties: { step: 'two' },
      context: { c: 'ctx' },
      api_trigger_properties: { t: 'api' },
    };
    expect(await render(source, user)).toEqual({ ok: true, output: expected });
  });
});

describe('Ruby semantics', () => {
  it.each([
    ['indexing a string gives nil', '[{{custom_attribute.${account_as_text}[0]}}]', '[]'],
    ['first on a string gives nil', '[{{custom_attribute.${account_as_text} | first}}]', '[]'],
    ['.first on a string gives nil', '[{{custom_attribute.${account_as_text}.first}}]', '[]'],
    ['size on a string works', '{{custom_attribute.${account_as_text}.size}}', '22'],
    ['join on a missing value gives empty', "[{{custom_attribute.${missing} | join: ','}}]", '[]'],
    [
      'join on a string gives the string',
      "{{custom_attribute.${account_as_text} | join: ','}}",
      'brazetest/f5733866ade2',
    ],
    [
      'a hash prints in Ruby inspect form',
      '{{custom_attribute.${prefs}}}',
      '{"lang"=>"es", "tags"=>["a", "b"], "none"=>nil}',
    ],
    ['an array prints joined', '{{custom_attribute.${prefs}.tags}}', 'ab'],
    ['nil prints empty', '[{{nothing}}]', '[]'],
    [
      'the guide URL with a text account code has no code (Ruby nil)',
      GUIDE_URL.replace('rokt:account_code', 'account_as_text'),
      'https://api.roktcalendar.com/v1/subscriptionevent/',
    ],
  ])('%s', async (_name, source, expected) => {
    expect(await render(source)).toEqual({ ok: true, output: expected });
  });
});

describe('time', () => {
  it.each([
    ["{{ 'now' | date: '%Y-%m-%d %H:%M' }}", '2024-03-10 12:00'],
    ["{{ '2019-02-21T15:00:00' | date: '%H:%M' }}", '15:00'],
    ["{{ 'now' | time_zone: 'America/New_York' | date: '%Y-%m-%d %H:%M %z' }}", '2024-03-10 08:00 -0400'],
    ["{{ '2024-01-10T12:00:00Z' | time_zone: 'America/New_York' | date: '%H:%M %z' }}", '07:00 -0500'],
    ["{{ 'now' | time_zone: '+05:30' | date: '%H:%M' }}", '17:30'],
    ["{{ 'now' | time_zone: 'Australia/Sydney' }}", '2024-03-10 23:00:00 +1100'],
  ])('%s -> %s', async (source, expected) => {
    expect(await render(source)).toEqual({ ok: true, output: expected });
  });

  it('reports an unknown time zone', async () => {
    const result = await render("{{ 'now' | time_zone: 'Mars/Base' }}");
    expect(result).toMatchObject({ ok: false, problem: { code: 'liquid.render', line: 1, column: 1 } });
    expect(result.ok || result.problem?.message).toMatch(/Mars\/Base.*not a time zone/);
  });
});
