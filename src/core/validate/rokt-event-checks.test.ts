import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues';
import { checkRoktEvent } from './rokt-event-checks';

/** A Rokt event (at `prefix`) and every Issue the marketer is shown for it, in order. */
const OK = {
  eventId: 'e1',
  title: 'T',
  start: '2027-02-21T15:00:00',
  end: '2027-02-21T16:00:00',
  timezone: 'Eastern Standard Time',
};
const CASES: [string, Record<string, unknown>, string, string[] | undefined, Issue[]][] = [
  [
    'a complete event',
    { ...OK, description: 'D', location: 'L', allDayEvent: false, notifyBefore: 15 },
    'event.',
    undefined,
    [],
  ],
  ['a flat update with an extra known field', { ...OK, subscriptionIds: ['x'] }, '', ['subscriptionIds'], []],
  [
    'the same field where it is not known',
    { ...OK, subscriptionIds: ['x'] },
    'event.',
    undefined,
    [
      {
        code: 'rokt.unknown-field',
        path: 'event.subscriptionIds',
        message:
          'Rokt does not know the field "event.subscriptionIds" and will probably ignore it. Check the spelling.',
        severity: 'warning',
        field: 'body',
        params: { v: 'unknown' },
      },
    ],
  ],
  [
    'no start',
    { ...OK, start: undefined },
    'event.',
    undefined,
    [
      {
        code: 'rokt.required',
        path: 'event.start',
        message: 'Start (event.start) is missing: Rokt requires it, like "start": "2019-02-21T15:00:00".',
        severity: 'error',
        field: 'body',
        params: { v: 'start', key: 'start' },
      },
    ],
  ],
  [
    'a null start',
    { ...OK, start: null },
    '',
    undefined,
    [
      {
        code: 'rokt.required',
        path: 'start',
        message: 'Start (start) is missing: Rokt requires it, like "start": "2019-02-21T15:00:00".',
        severity: 'error',
        field: 'body',
        params: { v: 'start', key: 'start' },
      },
    ],
  ],
  [
    'an end before the start',
    { ...OK, end: '2027-02-21T14:00:00' },
    'event.',
    undefined,
    [
      {
        code: 'rokt.end-before-start',
        path: 'event.end',
        message:
          'End (event.end) 2027-02-21T14:00:00 is before the start 2027-02-21T15:00:00: move the end after the start.',
        severity: 'error',
        field: 'body',
        params: { end: '2027-02-21T14:00:00', start: '2027-02-21T15:00:00' },
      },
    ],
  ],
  [
    'an end equal to the start',
    { ...OK, end: '2027-02-21T15:00:00' },
    'event.',
    undefined,
    [
      {
        code: 'rokt.zero-duration',
        path: 'event.end',
        message:
          'End (event.end) equals the start, so the event has no duration. Calendars show it as a zero-length event; set an end time if that is not intended.',
        severity: 'warning',
        field: 'body',
      },
    ],
  ],
  ['no end', { ...OK, end: undefined }, 'event.', undefined, []],
  [
    'an IANA timezone',
    { ...OK, timezone: 'America/New_York' },
    'event.',
    undefined,
    [
      {
        code: 'rokt.timezone-unknown',
        path: 'event.timezone',
        message:
          'Timezone (event.timezone) "America/New_York" is an IANA name; Rokt needs a Windows timezone id. Use "Eastern Standard Time".',
        severity: 'error',
        field: 'body',
        params: { value: 'America/New_York', suggestion: 'Eastern Standard Time' },
      },
    ],
  ],
  [
    'an unknown timezone',
    { ...OK, timezone: 'Nowhere Time' },
    'event.',
    undefined,
    [
      {
        code: 'rokt.timezone-unknown',
        path: 'event.timezone',
        message:
          'Timezone (event.timezone) "Nowhere Time" is not a timezone Rokt knows. Rokt needs a Windows timezone id such as "Eastern Standard Time"; pick one from the list.',
        severity: 'error',
        field: 'body',
        params: { value: 'Nowhere Time' },
      },
    ],
  ],
  [
    'a start the clocks skip',
    { ...OK, start: '2027-03-14T02:30:00', end: '2027-03-14T04:00:00' },
    'event.',
    undefined,
    [
      {
        code: 'rokt.nonexistent-time',
        path: 'event.start',
        message:
          'Start (event.start) 2027-03-14T02:30:00 does not exist in Eastern Standard Time: the clocks skip that hour, so no calendar can show it. Pick a time outside the clock change.',
        severity: 'error',
        field: 'body',
        params: { value: '2027-03-14T02:30:00', zone: 'Eastern Standard Time' },
      },
    ],
  ],
  [
    'an end the clocks skip, with a fraction',
    { ...OK, start: '2027-03-14T01:00:00', end: '2027-03-14T02:30:00.000' },
    '',
    undefined,
    [
      {
        code: 'rokt.nonexistent-time',
        path: 'end',
        message:
          'End (end) 2027-03-14T02:30:00.000 does not exist in Eastern Standard Time: the clocks skip that hour, so no calendar can show it. Pick a time outside the clock change.',
        severity: 'error',
        field: 'body',
        params: { value: '2027-03-14T02:30:00.000', zone: 'Eastern Standard Time' },
      },
    ],
  ],
  [
    'a skipped time on an all-day event',
    { ...OK, start: '2027-03-14T02:30:00', end: '2027-03-14T04:00:00', allDayEvent: true },
    'event.',
    undefined,
    [],
  ],
  [
    'allDayEvent as quoted true',
    { ...OK, allDayEvent: 'true' },
    'event.',
    undefined,
    [
      {
        code: 'rokt.type',
        path: 'event.allDayEvent',
        message:
          'All-day event (event.allDayEvent) must be true or false, not text. Remove the quotes: "allDayEvent": true.',
        severity: 'error',
        field: 'body',
        params: { expected: 'boolean', got: 'text', value: 'true' },
      },
    ],
  ],
  [
    'allDayEvent as quoted false',
    { ...OK, allDayEvent: 'false' },
    'event.',
    undefined,
    [
      {
        code: 'rokt.type',
        path: 'event.allDayEvent',
        message:
          'All-day event (event.allDayEvent) must be true or false, not text. Remove the quotes: "allDayEvent": false.',
        severity: 'error',
        field: 'body',
        params: { expected: 'boolean', got: 'text', value: 'false' },
      },
    ],
  ],
  [
    'allDayEvent as a number',
    { ...OK, allDayEvent: 1 },
    'event.',
    undefined,
    [
      {
        code: 'rokt.type',
        path: 'event.allDayEvent',
        message: 'All-day event (event.allDayEvent) must be true or false, not a number.',
        severity: 'error',
        field: 'body',
        params: { expected: 'boolean', got: 'number' },
      },
    ],
  ],
  ['allDayEvent null', { ...OK, allDayEvent: null }, 'event.', undefined, []],
  [
    'notifyBefore as text',
    { ...OK, notifyBefore: '15' },
    'event.',
    undefined,
    [
      {
        code: 'rokt.notify-before-quoted',
        path: 'event.notifyBefore',
        message:
          'Reminder (event.notifyBefore) is sent as text ("15"). Braze\'s template quotes it, but Rokt types it as a number: remove the quotes, "notifyBefore": 15.',
        severity: 'warning',
        field: 'body',
        params: { value: '15', minutes: '15' },
      },
    ],
  ],
  ['notifyBefore null', { ...OK, notifyBefore: null }, 'event.', undefined, []],
  [
    'an unknown field',
    { ...OK, colour: 'red' },
    'event.',
    undefined,
    [
      {
        code: 'rokt.unknown-field',
        path: 'event.colour',
        message:
          'Rokt does not know the field "event.colour" and will probably ignore it. Check the spelling.',
        severity: 'warning',
        field: 'body',
        params: { v: 'unknown' },
      },
    ],
  ],
  [
    'nothing at all',
    {},
    'event.',
    undefined,
    [
      {
        code: 'rokt.required',
        path: 'event.eventId',
        message: 'Event id (event.eventId) is missing: Rokt requires it. Add "eventId" to the event.',
        severity: 'error',
        field: 'body',
        params: { v: 'missing', key: 'eventId' },
      },
      {
        code: 'rokt.required',
        path: 'event.title',
        message: 'Title (event.title) is missing: Rokt requires it. Add "title" to the event.',
        severity: 'error',
        field: 'body',
        params: { v: 'missing', key: 'title' },
      },
      {
        code: 'rokt.required',
        path: 'event.start',
        message: 'Start (event.start) is missing: Rokt requires it, like "start": "2019-02-21T15:00:00".',
        severity: 'error',
        field: 'body',
        params: { v: 'start', key: 'start' },
      },
      {
        code: 'rokt.required',
        path: 'event.timezone',
        message: 'Timezone (event.timezone) is missing: Rokt requires it. Add "timezone" to the event.',
        severity: 'error',
        field: 'body',
        params: { v: 'missing', key: 'timezone' },
      },
    ],
  ],
];

describe('checkRoktEvent', () => {
  it.each(CASES)('%s', (_name, event, prefix, extraKnown, issues) => {
    const out: Issue[] = [];
    checkRoktEvent(event, prefix, out, extraKnown);
    expect(out).toStrictEqual(issues);
  });
});
