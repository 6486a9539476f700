import { describe, expect, it } from 'vitest';
import type { RenderedRequest } from '../template';
import { sentEventOf } from './event-from-request';

const rendered = (json: unknown): RenderedRequest => ({
  url: 'https://api.roktcalendar.com/v1/subscriptionevent/acme',
  method: 'POST',
  headers: [],
  body: JSON.stringify(json) ?? '',
  json,
  errors: [],
  warnings: [],
});
const event = {
  eventId: 'e1',
  title: 'Launch',
  start: '2027-06-15T15:00:00',
  timezone: 'Eastern Standard Time',
};

describe('sentEventOf: the event a calendar would get', () => {
  it.each([
    [
      'the fewest fields',
      {},
      { description: '', location: '', end: null, allDay: false, notifyBefore: null },
    ],
    [
      'every field',
      {
        description: 'Doors',
        location: 'Hall',
        end: '2027-06-15T16:00:00',
        allDayEvent: true,
        notifyBefore: 30,
      },
      { description: 'Doors', location: 'Hall', end: '2027-06-15T16:00:00', allDay: true, notifyBefore: 30 },
    ],
    ['nulls', { description: null, location: null, end: null, allDayEvent: null, notifyBefore: null }, {}],
    ['a quoted reminder', { notifyBefore: '45' }, { notifyBefore: 45 }],
    ['a zero reminder', { notifyBefore: 0 }, { notifyBefore: 0 }],
    ['allDayEvent false', { allDayEvent: false }, { allDay: false }],
  ])('%s', (_name, fields, expected) => {
    const result = sentEventOf(rendered({ event: { ...event, ...fields } }));
    expect(result).toEqual({
      ok: true,
      event: {
        eventId: 'e1',
        title: 'Launch',
        description: '',
        location: '',
        start: '2027-06-15T15:00:00',
        end: null,
        timezone: 'Eastern Standard Time',
        allDay: false,
        notifyBefore: null,
        ...expected,
      },
    });
  });

  it('reads a flat body (an update) the same as a nested one', () => {
    expect(sentEventOf(rendered(event))).toEqual(sentEventOf(rendered({ event })));
    expect(sentEventOf(rendered({ ...event, event: 'not an object' }))).toMatchObject({
      ok: true,
      event: { eventId: 'e1' },
    });
  });

  it.each([null, 'text', 42, [event]])('says a body %j is not a JSON object', (json) => {
    expect(sentEventOf(rendered(json))).toEqual({
      ok: false,
      reason: 'The rendered body is not a JSON object.',
      problem: { code: 'not-object' },
    });
  });

  it.each([
    [{ event: { ...event, title: '  ' } }, 'title', 'Required.'],
    [{ event: { ...event, end: '2027-06-15T14:00:00' } }, 'end', 'End must not be before start.'],
    [
      { event: { ...event, start: '2027-06-15 15:00' } },
      'start',
      'Use a wall-clock date-time without offset, like 2019-02-21T15:00:00.',
    ],
  ])('names the field of an invalid event: %j', (json, where, detail) => {
    expect(sentEventOf(rendered(json))).toEqual({
      ok: false,
      reason: `The rendered event is not valid (${where}: ${detail}).`,
      problem: { code: 'invalid-event', where, detail },
    });
  });
});
