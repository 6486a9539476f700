import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues';
import { dateTime, notifyBefore, optionalText, requiredText } from './rokt-value-checks';

describe('requiredText and optionalText', () => {
  // The same value as a required title (at event.) and an optional location (flat): what each returns, and the Issues.
  it.each([
    [
      undefined,
      null,
      [
        {
          code: 'rokt.required',
          path: 'event.title',
          message: 'Title (event.title) is missing: Rokt requires it. Add "title" to the event.',
          severity: 'error',
          field: 'body',
          params: { v: 'missing', key: 'title' },
        },
      ],
    ],
    [
      null,
      null,
      [
        {
          code: 'rokt.required',
          path: 'event.title',
          message: 'Title (event.title) is missing: Rokt requires it. Add "title" to the event.',
          severity: 'error',
          field: 'body',
          params: { v: 'missing', key: 'title' },
        },
      ],
    ],
    [
      '',
      null,
      [
        {
          code: 'rokt.required',
          path: 'event.title',
          message:
            'Title (event.title) is empty: Rokt requires a value. Check the Liquid that fills it for this user.',
          severity: 'error',
          field: 'body',
          params: { v: 'empty', key: 'title' },
        },
      ],
    ],
    [
      '   ',
      null,
      [
        {
          code: 'rokt.required',
          path: 'event.title',
          message:
            'Title (event.title) is empty: Rokt requires a value. Check the Liquid that fills it for this user.',
          severity: 'error',
          field: 'body',
          params: { v: 'empty', key: 'title' },
        },
      ],
    ],
    ['Hi', 'Hi', []],
    [
      5,
      null,
      [
        {
          code: 'rokt.type',
          path: 'event.title',
          message: 'Title (event.title) must be text in double quotes, not a number.',
          severity: 'error',
          field: 'body',
          params: { expected: 'text', got: 'number' },
        },
        {
          code: 'rokt.type',
          path: 'location',
          message: 'Location (location) must be text in double quotes, not a number.',
          severity: 'error',
          field: 'body',
          params: { expected: 'text', got: 'number' },
        },
      ],
    ],
    [
      true,
      null,
      [
        {
          code: 'rokt.type',
          path: 'event.title',
          message: 'Title (event.title) must be text in double quotes, not true.',
          severity: 'error',
          field: 'body',
          params: { expected: 'text', got: 'true' },
        },
        {
          code: 'rokt.type',
          path: 'location',
          message: 'Location (location) must be text in double quotes, not true.',
          severity: 'error',
          field: 'body',
          params: { expected: 'text', got: 'true' },
        },
      ],
    ],
    [
      ['a'],
      null,
      [
        {
          code: 'rokt.type',
          path: 'event.title',
          message: 'Title (event.title) must be text in double quotes, not a list.',
          severity: 'error',
          field: 'body',
          params: { expected: 'text', got: 'list' },
        },
        {
          code: 'rokt.type',
          path: 'location',
          message: 'Location (location) must be text in double quotes, not a list.',
          severity: 'error',
          field: 'body',
          params: { expected: 'text', got: 'list' },
        },
      ],
    ],
    [
      { a: 1 },
      null,
      [
        {
          code: 'rokt.type',
          path: 'event.title',
          message: 'Title (event.title) must be text in double quotes, not an object.',
          severity: 'error',
          field: 'body',
          params: { expected: 'text', got: 'object' },
        },
        {
          code: 'rokt.type',
          path: 'location',
          message: 'Location (location) must be text in double quotes, not an object.',
          severity: 'error',
          field: 'body',
          params: { expected: 'text', got: 'object' },
        },
      ],
    ],
  ] as [unknown, string | null, Issue[]][])('%j', (value, title, issues) => {
    const out: Issue[] = [];
    expect(requiredText({ title: value }, 'event.', 'title', out)).toBe(title);
    optionalText({ location: value }, '', 'location', out);
    expect(out).toStrictEqual(issues);
  });
});

describe('dateTime', () => {
  it.each([
    ['2027-02-21T15:00:00', '2027-02-21T15:00:00.0000000', []],
    ['2027-02-21T15:00:00.123', '2027-02-21T15:00:00.1230000', []],
    ['2027-02-21T15:00', '2027-02-21T15:00:00.0000000', []],
    [
      '2027-02-21 15:00:00',
      null,
      [
        {
          code: 'rokt.datetime-format',
          path: 'event.start',
          message:
            'Start (event.start) "2027-02-21 15:00:00" separates date and time with a space. Use a T, like 2027-02-21T15:00:00.',
          severity: 'error',
          field: 'body',
          params: { reason: 'space', value: '2027-02-21 15:00:00' },
        },
      ],
    ],
    [
      '2027-02-21',
      null,
      [
        {
          code: 'rokt.datetime-format',
          path: 'event.start',
          message:
            'Start (event.start) "2027-02-21" has no time. Rokt needs a date and time like 2027-02-21T00:00:00 (also for all-day events).',
          severity: 'error',
          field: 'body',
          params: { reason: 'date-only', value: '2027-02-21' },
        },
      ],
    ],
    [
      '2027-02-30T15:00:00',
      null,
      [
        {
          code: 'rokt.datetime-format',
          path: 'event.start',
          message:
            'Start (event.start) "2027-02-30T15:00:00" is not a real date or time (check the month, day, hour and minutes).',
          severity: 'error',
          field: 'body',
          params: { reason: 'impossible', value: '2027-02-30T15:00:00' },
        },
      ],
    ],
    [
      '2027-02-21T24:00:00',
      null,
      [
        {
          code: 'rokt.datetime-format',
          path: 'event.start',
          message:
            'Start (event.start) "2027-02-21T24:00:00" is not a real date or time (check the month, day, hour and minutes).',
          severity: 'error',
          field: 'body',
          params: { reason: 'impossible', value: '2027-02-21T24:00:00' },
        },
      ],
    ],
    [
      '2027-02-21T15:00:00Z',
      null,
      [
        {
          code: 'rokt.datetime-offset',
          path: 'event.start',
          message:
            'Start (event.start) "2027-02-21T15:00:00Z" has a timezone offset or Z. Rokt wants the wall-clock time in the event\'s timezone with no offset, like 2019-02-21T15:00:00; the "timezone" field says which zone.',
          severity: 'error',
          field: 'body',
          params: { reason: 'offset', value: '2027-02-21T15:00:00Z' },
        },
      ],
    ],
    [
      '2027-02-21T15:00:00+01:00',
      null,
      [
        {
          code: 'rokt.datetime-offset',
          path: 'event.start',
          message:
            'Start (event.start) "2027-02-21T15:00:00+01:00" has a timezone offset or Z. Rokt wants the wall-clock time in the event\'s timezone with no offset, like 2019-02-21T15:00:00; the "timezone" field says which zone.',
          severity: 'error',
          field: 'body',
          params: { reason: 'offset', value: '2027-02-21T15:00:00+01:00' },
        },
      ],
    ],
    [
      'soon',
      null,
      [
        {
          code: 'rokt.datetime-format',
          path: 'event.start',
          message:
            'Start (event.start) "soon" is not a date-time Rokt understands. Write it as 2019-02-21T15:00:00 (year-month-day, T, hours:minutes:seconds).',
          severity: 'error',
          field: 'body',
          params: { reason: 'format', value: 'soon' },
        },
      ],
    ],
    [
      20270221,
      null,
      [
        {
          code: 'rokt.type',
          path: 'event.start',
          message:
            'Start (event.start) must be a date-time in double quotes, like "2019-02-21T15:00:00", not a number.',
          severity: 'error',
          field: 'body',
          params: { expected: 'datetime', got: 'number' },
        },
      ],
    ],
    [
      null,
      null,
      [
        {
          code: 'rokt.type',
          path: 'event.start',
          message:
            'Start (event.start) must be a date-time in double quotes, like "2019-02-21T15:00:00", not null.',
          severity: 'error',
          field: 'body',
          params: { expected: 'datetime', got: 'null' },
        },
      ],
    ],
    [
      '',
      null,
      [
        {
          code: 'rokt.datetime-format',
          path: 'event.start',
          message:
            'Start (event.start) "" is not a date-time Rokt understands. Write it as 2019-02-21T15:00:00 (year-month-day, T, hours:minutes:seconds).',
          severity: 'error',
          field: 'body',
          params: { reason: 'format', value: '' },
        },
      ],
    ],
  ] as [unknown, string | null, Issue[]][])('%j', (value, normal, issues) => {
    const out: Issue[] = [];
    expect(dateTime(value, 'event.', 'start', out)).toBe(normal);
    expect(out).toStrictEqual(issues);
  });
});

describe('notifyBefore', () => {
  it.each([
    [0, []],
    [15, []],
    [40320, []],
    [40321, []],
    [
      -1,
      [
        {
          code: 'rokt.notify-before-negative',
          path: 'event.notifyBefore',
          message: 'Reminder (event.notifyBefore) is -1: it must be 0 or more minutes before the start.',
          severity: 'error',
          field: 'body',
          params: { minutes: -1 },
        },
      ],
    ],
    [
      1.5,
      [
        {
          code: 'rokt.notify-before-fraction',
          path: 'event.notifyBefore',
          message: 'Reminder (event.notifyBefore) is 1.5: use a whole number of minutes.',
          severity: 'warning',
          field: 'body',
          params: { minutes: 1.5 },
        },
      ],
    ],
    [
      '15',
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
    [
      '15.0',
      [
        {
          code: 'rokt.notify-before-quoted',
          path: 'event.notifyBefore',
          message:
            'Reminder (event.notifyBefore) is sent as text ("15.0"). Braze\'s template quotes it, but Rokt types it as a number: remove the quotes, "notifyBefore": 15.0.',
          severity: 'warning',
          field: 'body',
          params: { value: '15.0', minutes: '15.0' },
        },
      ],
    ],
    [
      ' 15',
      [
        {
          code: 'rokt.notify-before-quoted',
          path: 'event.notifyBefore',
          message:
            'Reminder (event.notifyBefore) is sent as text (" 15"). Braze\'s template quotes it, but Rokt types it as a number: remove the quotes, "notifyBefore": 15.',
          severity: 'warning',
          field: 'body',
          params: { value: ' 15', minutes: '15' },
        },
      ],
    ],
    [
      'x',
      [
        {
          code: 'rokt.type',
          path: 'event.notifyBefore',
          message: 'Reminder (event.notifyBefore) must be a number of minutes, like 15, not "x".',
          severity: 'error',
          field: 'body',
          params: { expected: 'minutes', got: 'text', value: 'x' },
        },
      ],
    ],
    [
      true,
      [
        {
          code: 'rokt.type',
          path: 'event.notifyBefore',
          message: 'Reminder (event.notifyBefore) must be a number of minutes, like 15, not true.',
          severity: 'error',
          field: 'body',
          params: { expected: 'minutes', got: 'true' },
        },
      ],
    ],
    [
      null,
      [
        {
          code: 'rokt.type',
          path: 'event.notifyBefore',
          message: 'Reminder (event.notifyBefore) must be a number of minutes, like 15, not null.',
          severity: 'error',
          field: 'body',
          params: { expected: 'minutes', got: 'null' },
        },
      ],
    ],
    [
      [15],
      [
        {
          code: 'rokt.type',
          path: 'event.notifyBefore',
          message: 'Reminder (event.notifyBefore) must be a number of minutes, like 15, not a list.',
          severity: 'error',
          field: 'body',
          params: { expected: 'minutes', got: 'list' },
        },
      ],
    ],
    [2880, []],
  ] as [unknown, Issue[]][])('%j', (value, issues) => {
    const out: Issue[] = [];
    notifyBefore(value, 'event.notifyBefore', out);
    expect(out).toStrictEqual(issues);
  });
});
