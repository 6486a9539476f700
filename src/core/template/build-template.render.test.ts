import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../event';
import type { Draft } from '../event';
import { renderBraze } from '../liquid';
import { checkBrazePitfalls } from '../validate';
import { draftWith as draft, presetUser as user, renderDraft as render } from '../../testing/draft-fixtures';
import { buildTemplate } from './build-template';
import { draftFieldAtBodyLine } from './draft-field-at-line';

/** Text a marketer might type that contains no Liquid delimiters. */
const plainText = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom('"', '\\', '\n', '\r', '\t', '{', '}', '%', "'", '/', '\u2028', 'é', '😀'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    ),
    maxLength: 40,
  })
  .filter((s) => !/\{\{|\}\}|\{%|%\}/.test(s));

describe('buildTemplate rendered for sample users', () => {
  it('renders the default create request for the guide user: valid JSON, both subscription ids, no errors', async () => {
    const r = await render(defaultDraft());
    expect(r.url).toBe('https://api.roktcalendar.com/v1/subscriptionevent/brazetest');
    expect(r.headers[0]).toEqual({ name: 'Authorization', value: 'Bearer PREVIEW_TOKEN' });
    expect(r.errors).toEqual([]);
    expect(r.json).toEqual({
      event: {
        eventId: 'Event_0001_braze-user-1',
        title: 'Event Title',
        description: 'Event Description',
        location: 'Event Location',
        start: '2027-02-21T15:00:00',
        end: '2027-02-21T16:00:00',
        timezone: 'Eastern Standard Time',
        allDayEvent: false,
        notifyBefore: 15,
      },
      subscriptionIds: ['06423672-b6ba-4536-aa36-70788a7a0a36', '3f1c9a52-7d0e-4b8a-9c61-2e5f8d4b7a10'],
    });
  });

  it.each([
    ['guide', 2],
    ['multi', 3],
  ])('lists every subscription id of the %s user', async (id, count) => {
    const r = await render(defaultDraft(), id);
    expect((r.json as { subscriptionIds: string[] }).subscriptionIds).toEqual(
      user(id).custom_attributes['rokt:subscription_id'],
    );
    expect((r.json as { subscriptionIds: string[] }).subscriptionIds).toHaveLength(count);
  });

  it('aborts a create for a user without subscription ids', async () => {
    const r = await render(defaultDraft(), 'none');
    expect(r.aborted?.reason).toContain('no Rokt subscription ids');
  });

  it('sends an empty id list for that user when aborting is off', async () => {
    const { body } = buildTemplate(draft({}, { abortWithoutSubscriptions: false }));
    const out = await renderBraze(body, user('none'));
    expect(out.ok).toBe(true);
    expect(JSON.parse(out.output).subscriptionIds).toEqual([]);
  });

  it('renders Liquid typed into a field and escapes what it prints', async () => {
    const r = await render(draft({ title: 'Hi {{${first_name}}}' }), 'multi');
    expect((r.json as { event: { title: string } }).event.title).toBe('Hi Zoë "Z" O\'Neil');
  });

  it.each<[string, Draft, Record<string, unknown>]>([
    [
      'update nested',
      draft({ mode: 'update' }),
      { event: expect.objectContaining({ eventId: 'Event_0001_braze-user-1' }) },
    ],
    [
      'update flat',
      draft({ mode: 'update' }, { updateShape: 'flat' }),
      expect.objectContaining({ eventId: 'Event_0001_braze-user-1', notifyBefore: 15 }),
    ],
    [
      'quoted reminder',
      draft({}, { quoteNotifyBefore: true }),
      expect.objectContaining({ event: expect.objectContaining({ notifyBefore: '15' }) }),
    ],
    [
      'all-day',
      draft({ allDay: true }),
      expect.objectContaining({
        event: expect.objectContaining({
          allDayEvent: true,
          start: '2027-02-21T00:00:00',
          end: '2027-02-22T00:00:00',
        }),
      }),
    ],
  ])('%s renders to the expected JSON', async (_name, d, expected) => {
    const r = await render(d);
    expect(r.json).toEqual(expected);
    expect(r.url.endsWith(d.mode === 'update' ? '/brazetest/update' : '/brazetest')).toBe(true);
  });

  it('round-trips any title, description and location without Liquid delimiters exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        plainText,
        plainText,
        plainText,
        plainText,
        async (title, description, location, eventId) => {
          const d = draft({ title, description, location, eventId }, { appendUserId: false });
          const out = await renderBraze(buildTemplate(d).body, user('guide'));
          expect(out.ok).toBe(true);
          const json = JSON.parse(out.output) as { event: Record<string, string> };
          expect(json.event).toMatchObject({ title, description, location, eventId });
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each<[string, Draft]>([
    ['create', defaultDraft()],
    ['update flat', draft({ mode: 'update' }, { updateShape: 'flat' })],
    ['Liquid in the title', draft({ title: 'Hi {{${first_name} | default: "you"}}' })],
  ])('has no Braze pitfalls: %s', (_name, d) => {
    expect(checkBrazePitfalls(buildTemplate(d))).toEqual([]);
  });

  it.each<[keyof Draft, Partial<Draft>]>([
    ['title', { title: 'Hi {{ ${first_name} | no_such_filter }}' }],
    ['description', { description: 'Line one\nLine two {% if %}' }],
    ['location', { location: '{{ ${city} | no_such_filter }}' }],
  ])('points a Liquid error in %s back to that field', async (field, over) => {
    const out = await renderBraze(buildTemplate(draft(over)).body, user('guide'));
    expect(out.ok).toBe(false);
    const line = out.ok ? 0 : (out.problem?.line ?? 0);
    expect(draftFieldAtBodyLine(buildTemplate(draft(over)).body, line)).toBe(field);
  });
});
