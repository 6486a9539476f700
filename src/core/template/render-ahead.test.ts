import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../event';
import type { Draft } from '../event';
import { slowRenderClock } from '../../testing/render-clock';
import { draftWith as draft, presetUser as user, renderDraft as render } from '../../testing/draft-fixtures';
import { buildTemplate } from './build-template';
import { renderAhead } from './render-ahead';
import type { RenderedRequest } from './types';

/** The rendering renderAhead derives for `next` from the real rendering of `from`. */
async function ahead(from: Draft, next: Draft, userId = 'guide', nextUserId = userId) {
  const rendered = await render(from, userId);
  const template = buildTemplate(next);
  return renderAhead(
    { draft: from, user: user(userId), rendered },
    { draft: next, user: user(nextUserId), template },
  );
}

/** Text as typed, with everything that is special to JSON or close to Liquid's delimiters. */
const typed = fc.string({
  unit: fc.oneof(
    fc.constantFrom('"', '\\', '\n', '\r', '\t', '{', '}', '%', '-', "'", '$', '/', '\u2028', '\u0001'),
    fc.constantFrom('\ud800', 'é', '😀', ' '),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 30,
});

describe('renderAhead gives what rendering would give, or nothing', () => {
  it.each([
    ['title in a create request', draft(), { title: 'Summer sale "final" \\ days' }, 'guide'],
    ['description over several lines', draft(), { description: 'Doors at six.\nBring a friend.' }, 'guide'],
    ['location in a nested update', draft({ mode: 'update' }), { location: 'Hall B' }, 'guide'],
    [
      'title in a flat update',
      draft({ mode: 'update' }, { updateShape: 'flat' }),
      { title: 'Flat' },
      'multi',
    ],
    ['title ending in a brace', draft(), { title: 'Set {' }, 'guide'],
  ] as const)('%s', async (_, from, change, userId) => {
    const next = { ...from, ...change };
    const got = await ahead(from, next, userId);
    const real = await render(next, userId);
    expect(got).not.toBeNull();
    expect(got!.json).toEqual(real.json);
    expect(got!.body).toBe(real.body);
    expect(got!.url).toBe(real.url);
    expect(got!.headers).toEqual(real.headers);
  });

  it.each([
    ['two fields changed', draft(), { title: 'A', location: 'B' }],
    ['the event id changed (the user id is appended to it)', draft(), { eventId: 'Other' }],
    ['a time changed', draft(), { start: '2027-02-22T15:00' }],
    ['an option changed', draft(), { options: { ...defaultDraft().options, quoteNotifyBefore: true } }],
    ['Liquid typed into the changed field', draft(), { title: 'Hi {{${first_name}}}' }],
    ['Liquid in the field before the change', draft({ title: '{% if x %}' }), { title: 'Plain' }],
    [
      'Liquid in another field, which could read the changed one',
      draft({ description: 'About {{eventTitle}}' }),
      { title: 'New' },
    ],
    ['nothing changed', draft(), {}],
    ['a body over the parse limit', draft(), { description: 'x'.repeat(200_001) }],
  ] as const)('none when %s', async (_, from, change) => {
    expect(await ahead(from, { ...from, ...change })).toBeNull();
  });

  it('the rendering when the options are a copy with the same values', async () => {
    const from = draft();
    const next = { ...from, title: 'Copied options', options: { ...from.options } };
    const got = await ahead(from, next);
    expect(got?.body).toBe((await render(next)).body);
  });

  it('none when an option changed along with a text field', async () => {
    const from = draft();
    const next = { ...from, title: 'New', options: { ...from.options, quoteNotifyBefore: true } };
    expect(await ahead(from, next)).toBeNull();
  });

  it('the rendering for a body exactly at the parse limit', async () => {
    const title = 'At the limit'; // one character longer than the default title, so the known body is under it
    const fill = 200_000 - buildTemplate(draft({ title, description: '' })).body.length;
    const from = draft({ description: 'x'.repeat(fill) });
    const next = { ...from, title };
    expect(buildTemplate(next).body.length).toBe(200_000);
    expect((await ahead(from, next))?.body).toBe((await render(next)).body);
  });

  /** renderAhead given a known rendering of the default draft changed by `change` (the title becomes 'New'). */
  async function fromKnown(change: (rendered: RenderedRequest, printed: string) => RenderedRequest) {
    const from = draft();
    const next = { ...from, title: 'New' };
    const rendered = await render(from);
    const printed = `"title": "${from.title}"`;
    expect(rendered.body).toContain(printed);
    return renderAhead(
      { draft: from, user: user('guide'), rendered: change(rendered, printed) },
      { draft: next, user: user('guide'), template: buildTemplate(next) },
    );
  }
  const withEvent = (r: RenderedRequest, event: unknown, top: Record<string, unknown> = {}) => ({
    ...r,
    json: { ...(r.json as Record<string, unknown>), ...top, event },
  });
  const eventOf = (r: RenderedRequest) => (r.json as { event: Record<string, unknown> }).event;

  it.each<[string, (r: RenderedRequest, printed: string) => RenderedRequest]>([
    ['the known body was not JSON', (r) => ({ ...r, json: null })],
    ['the known body was a list', (r) => ({ ...r, json: [r.json] })],
    ['the event in the known body has another title', (r) => withEvent(r, { ...eventOf(r), title: 'Other' })],
    [
      'only the top level of a nested body has the title',
      (r) => withEvent(r, { ...eventOf(r), title: 'Other' }, { title: 'Event Title' }),
    ],
    [
      'a body without an event whose top level has another title',
      (r) => withEvent(r, 'x', { title: 'Other' }),
    ],
    [
      'the known body does not print the title as expected',
      (r, p) => ({ ...r, body: r.body.replace(p, '"title":"x"') }),
    ],
    ['the known body prints the title twice', (r, p) => ({ ...r, body: `${r.body}\n${p}` })],
  ])('none when %s', async (_, change) => {
    expect(await fromKnown(change)).toBeNull();
  });

  it('the title changed at the top of a body without an event object, when that is where it is', async () => {
    const got = await fromKnown((r) => {
      const { event, ...rest } = r.json as Record<string, unknown>;
      return { ...r, json: { ...rest, title: (event as { title: string }).title } };
    });
    expect(got?.json).toMatchObject({ title: 'New' });
    expect(got?.json).not.toHaveProperty('event');
    expect(got?.body).toContain('"title": "New"');
  });

  it('none when the user is not sent to (abort_message)', async () => {
    expect(await ahead(draft(), draft({ title: 'New' }), 'none')).toBeNull();
  });

  it('none for another user', async () => {
    expect(await ahead(draft(), draft({ title: 'New' }), 'guide', 'multi')).toBeNull();
  });

  it('for any typed text in any text field, mode and user, is the rendering itself whenever it gives one', async () => {
    const restoreClock = slowRenderClock(); // a render paused past the time limit would compare a timeout
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('title', 'description', 'location'),
          typed,
          typed,
          fc.constantFrom<[Draft['mode'], Draft['options']['updateShape']]>(
            ['create', 'nested'],
            ['update', 'nested'],
            ['update', 'flat'],
          ),
          fc.constantFrom('guide', 'multi'),
          async (field, before, after, [mode, updateShape], userId) => {
            const from = draft({ mode, [field]: before }, { updateShape });
            const next = { ...from, [field]: after };
            const got = await ahead(from, next, userId);
            const liquid = [before, after].some((text) => /\{\{|\{%/.test(text));
            if (liquid || before === after) {
              expect(got).toBeNull();
              return;
            }
            const real = await render(next, userId);
            expect(got?.json).toEqual(real.json);
            expect(got?.body).toBe(real.body);
          },
        ),
        { numRuns: 150 },
      );
    } finally {
      restoreClock();
    }
  });
});
