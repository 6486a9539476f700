import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../event';
import { renderRequest } from '../render';
import { NO_SUBSCRIPTIONS_MESSAGE, buildTemplate } from '../template';
import type { RenderedRequest } from '../template';
import { calendarEventFor } from './calendar-event';
import type { CalendarEvent } from './types';
import { renderedFor } from '../../testing/calendar-fixtures';

const NY = 'Eastern Standard Time';
const MADRID = 'Romance Standard Time';
const SYDNEY = 'AUS Eastern Standard Time';

async function eventFor(draft: Parameters<typeof renderedFor>[0], zone: string): Promise<CalendarEvent> {
  const result = calendarEventFor(renderedFor(draft), zone);
  if (!result.ok) throw new Error(result.reason);
  return result.event;
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);

describe('calendarEventFor: timed events in the subscriber zone', () => {
  // 15:00 in New York (EDT) is 19:00 UTC.
  it.each([
    ['America/New_York', '2027-06-15T15:00', '2027-06-15T16:00', '2027-06-15T14:45'],
    ['Europe/Madrid', '2027-06-15T21:00', '2027-06-15T22:00', '2027-06-15T20:45'],
    ['Australia/Sydney', '2027-06-16T05:00', '2027-06-16T06:00', '2027-06-16T04:45'],
    ['Australia/Lord_Howe', '2027-06-16T05:30', '2027-06-16T06:30', '2027-06-16T05:15'],
    ['Asia/Kathmandu', '2027-06-16T00:45', '2027-06-16T01:45', '2027-06-16T00:30'],
    [MADRID, '2027-06-15T21:00', '2027-06-15T22:00', '2027-06-15T20:45'],
  ])('15:00 New York shown in %s: %s to %s, reminder %s', async (zone, start, end, reminder) => {
    const e = await eventFor({ start: '2027-06-15T15:00', end: '2027-06-15T16:00', timezone: NY }, zone);
    expect([e.start.local, e.end.local, e.reminder?.local]).toEqual([start, end, reminder]);
    expect(iso(e.start.utcMs)).toBe('2027-06-15T19:00');
    expect(e.durationMinutes).toBe(60);
    expect(e.uid).toBe('launch_braze-user-1');
    expect(e.title).toBe('Launch, Alex');
    expect(e.description).toBe('Doors open; bring a friend.\nSecond line');
    expect(e.clockChanges).toEqual([]);
  });

  it.each([
    {
      name: 'New York spring forward, seen in New York',
      draft: { start: '2027-03-14T01:30', end: '2027-03-14T03:30', timezone: NY },
      zone: 'America/New_York',
      local: ['2027-03-14T01:30', '2027-03-14T03:30'],
      minutes: 60,
      segments: [[90, 210]],
      change: ['2027-03-14T02:00', '2027-03-14T03:00', -300, -240],
    },
    {
      name: 'Madrid fall back, seen in Madrid',
      draft: { start: '2027-10-31T01:30', end: '2027-10-31T03:30', timezone: MADRID },
      zone: 'Europe/Madrid',
      local: ['2027-10-31T01:30', '2027-10-31T03:30'],
      minutes: 180,
      segments: [[90, 210]],
      change: ['2027-10-31T03:00', '2027-10-31T02:00', 120, 60],
    },
    {
      name: 'New York afternoon across Lord Howe half-hour fall back',
      draft: { start: '2027-04-03T10:00', end: '2027-04-03T14:00', timezone: NY },
      zone: 'Australia/Lord_Howe',
      local: ['2027-04-04T01:00', '2027-04-04T04:30'],
      minutes: 240,
      segments: [[60, 270]],
      change: ['2027-04-04T02:00', '2027-04-04T01:30', 660, 630],
    },
    {
      name: 'New York afternoon across Sydney fall back',
      draft: { start: '2027-04-03T10:00', end: '2027-04-03T14:00', timezone: NY },
      zone: 'Australia/Sydney',
      local: ['2027-04-04T01:00', '2027-04-04T04:00'],
      minutes: 240,
      segments: [[60, 240]],
      change: ['2027-04-04T03:00', '2027-04-04T02:00', 660, 600],
    },
    {
      name: 'Madrid spring forward, seen in Kathmandu (no clock change there)',
      draft: { start: '2027-03-28T01:00', end: '2027-03-28T04:00', timezone: MADRID },
      zone: 'Asia/Kathmandu',
      local: ['2027-03-28T05:45', '2027-03-28T07:45'],
      minutes: 120,
      segments: [[345, 465]],
      change: null,
    },
  ])('$name', async ({ draft, zone, local, minutes, segments, change }) => {
    const e = await eventFor(draft, zone);
    expect([e.start.local, e.end.local]).toEqual(local);
    expect(e.durationMinutes).toBe(minutes);
    expect(e.segments.map((s) => [s.fromMinute, s.toMinute])).toEqual(segments);
    expect(e.clockChanges.map((c) => [c.localBefore, c.localAfter, c.offsetBefore, c.offsetAfter])).toEqual(
      change ? [change] : [],
    );
  });

  it('splits an event crossing midnight into two days, and not one ending at midnight', async () => {
    const across = await eventFor(
      { start: '2027-06-15T22:00', end: '2027-06-16T01:00', timezone: NY },
      'America/New_York',
    );
    expect(across.segments).toEqual([
      {
        date: '2027-06-15',
        fromMinute: 1320,
        toMinute: 1440,
        continuesFromPreviousDay: false,
        continuesToNextDay: true,
      },
      {
        date: '2027-06-16',
        fromMinute: 0,
        toMinute: 60,
        continuesFromPreviousDay: true,
        continuesToNextDay: false,
      },
    ]);
    const inMadrid = await eventFor(
      { start: '2027-06-15T22:00', end: '2027-06-16T01:00', timezone: NY },
      'Europe/Madrid',
    );
    expect(inMadrid.segments.map((s) => [s.date, s.fromMinute, s.toMinute])).toEqual([
      ['2027-06-16', 240, 420],
    ]);
    const toMidnight = await eventFor(
      { start: '2027-06-15T22:00', end: '2027-06-16T00:00', timezone: NY },
      'America/New_York',
    );
    expect(toMidnight.segments.map((s) => [s.date, s.fromMinute, s.toMinute])).toEqual([
      ['2027-06-15', 1320, 1440],
    ]);
    expect([toMidnight.firstDate, toMidnight.lastDate]).toEqual(['2027-06-15', '2027-06-15']);
  });

  it('draws no event for a start inside the spring-forward gap, and says why (Rokt refuses it)', () => {
    const result = calendarEventFor(
      renderedFor({ start: '2027-03-14T02:30', end: '2027-03-14T04:00', timezone: NY }),
      'America/New_York',
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(/does not exist in Eastern Standard Time/);
  });

  it('puts the reminder the real minutes before the start, across a clock change', async () => {
    const e = await eventFor(
      { start: '2027-03-14T03:30', end: '2027-03-14T04:30', timezone: NY, notifyBefore: 120 },
      'America/New_York',
    );
    expect(e.reminder).toMatchObject({ local: '2027-03-14T00:30', minutesBefore: 120, offsetMinutes: -300 });
  });
});

describe('calendarEventFor: all-day events', () => {
  const draft = {
    start: '2027-10-02T00:00',
    end: '2027-10-03T00:00',
    allDay: true,
    timezone: SYDNEY,
    notifyBefore: 60,
  };

  it.each([
    ['Australia/Sydney', '2027-10-01T23:00', 47 * 60],
    ['America/New_York', '2027-10-01T23:00', 48 * 60],
    ['Australia/Lord_Howe', '2027-10-01T23:00', 47 * 60 + 30],
  ])('shows the same two dates in %s, reminder at %s local', async (zone, reminder, minutes) => {
    const e = await eventFor(draft, zone);
    expect(e.allDay).toBe(true);
    expect([e.firstDate, e.lastDate]).toEqual(['2027-10-02', '2027-10-03']);
    expect(e.segments.map((s) => [s.date, s.fromMinute, s.toMinute])).toEqual([
      ['2027-10-02', 0, 1440],
      ['2027-10-03', 0, 1440],
    ]);
    expect(e.reminder?.local).toBe(reminder);
    expect(e.durationMinutes).toBe(minutes);
  });
});

describe('calendarEventFor: nothing reaches the calendar', () => {
  const bare = (json: unknown, extra: Partial<RenderedRequest> = {}): RenderedRequest => ({
    url: 'https://api.roktcalendar.com/v1/subscriptionevent/acme',
    method: 'POST',
    headers: [],
    body: JSON.stringify(json),
    json,
    errors: [],
    warnings: [],
    ...extra,
  });
  const event = { eventId: 'e1', title: 'T', start: '2027-06-15T15:00:00', timezone: NY };

  it('gives the abort reason for a user Braze would skip (real template and renderer)', async () => {
    const r = await renderRequest(
      buildTemplate({ ...defaultDraft(), eventId: 'launch', title: 'Launch', credentialName: 'Rokt' }),
      {
        user_id: 'u3',
        custom_attributes: {},
        event_properties: {},
        canvas_entry_properties: {},
        context: {},
        api_trigger_properties: {},
      },
    );
    const result = calendarEventFor(r, 'Europe/Madrid');
    expect(result).toEqual({
      ok: false,
      reason: `Braze would not send to this user: ${NO_SUBSCRIPTIONS_MESSAGE}`,
      problem: { code: 'aborted', reason: NO_SUBSCRIPTIONS_MESSAGE },
    });
  });

  it.each([
    [
      'a request with errors',
      bare({ event }, { errors: [{ code: 'x', message: 'Bad title.', path: 'body', severity: 'error' }] }),
      'Europe/Madrid',
      'Rokt would reject this request, so no calendar shows it: Bad title.',
      { code: 'rejected', issue: { code: 'x', message: 'Bad title.', path: 'body', severity: 'error' } },
    ],
    [
      'an unknown zone',
      bare({ event, subscriptionIds: [] }),
      'Mars/Olympus',
      'Unknown subscriber timezone "Mars/Olympus": use an IANA zone such as Europe/Madrid.',
      { code: 'unknown-zone', zone: 'Mars/Olympus' },
    ],
    [
      'a body without an event',
      bare({ hello: 1 }),
      'Europe/Madrid',
      'The rendered event is not valid (eventId: Invalid input: expected string, received undefined).',
      {
        code: 'invalid-event',
        where: 'eventId',
        detail: 'Invalid input: expected string, received undefined',
      },
    ],
  ])('explains %s', (_name, rendered, zone, reason, problem) => {
    expect(calendarEventFor(rendered, zone)).toEqual({ ok: false, reason, problem });
  });

  it('shows the event in its own zone when no subscriber zone is given', () => {
    const result = calendarEventFor(
      renderedFor({ start: '2027-06-15T15:00', end: '2027-06-15T16:00', timezone: SYDNEY }),
      null,
    );
    expect(result.ok && [result.event.zone, result.event.start.local]).toEqual([
      'Australia/Sydney',
      '2027-06-15T15:00',
    ]);
  });

  it('reads a flat update body, without end or reminder', () => {
    const result = calendarEventFor(bare(event), 'Europe/Madrid');
    expect(result.ok && [result.event.start.local, result.event.end.local, result.event.reminder]).toEqual([
      '2027-06-15T21:00',
      '2027-06-15T21:00',
      null,
    ]);
  });
});

describe('calendarEventFor: what was sent, read as calendars read it', () => {
  const sentBody = (event: Record<string, unknown>): RenderedRequest => ({
    url: 'https://api.roktcalendar.com/v1/subscriptionevent/acme',
    method: 'POST',
    headers: [],
    body: JSON.stringify({ event }),
    json: { event },
    errors: [],
    warnings: [],
  });
  const shown = (event: Record<string, unknown>, zone = 'America/New_York'): CalendarEvent => {
    const result = calendarEventFor(sentBody({ eventId: 'e1', title: 'T', timezone: NY, ...event }), zone);
    if (!result.ok) throw new Error(result.reason);
    return result.event;
  };

  it.each([
    ['one day, midnight end', '2027-10-02T00:00:00', '2027-10-03T00:00:00', ['2027-10-02', '2027-10-02']],
    ['two days, midnight end', '2027-10-02T00:00:00', '2027-10-04T00:00', ['2027-10-02', '2027-10-03']],
    [
      'midnight end with a zero fraction',
      '2027-10-02T00:00:00',
      '2027-10-03T00:00:00.000',
      ['2027-10-02', '2027-10-02'],
    ],
    ['end during its last day', '2027-10-02T00:00:00', '2027-10-03T10:00:00', ['2027-10-02', '2027-10-03']],
    [
      'end a second after midnight',
      '2027-10-02T00:00:00',
      '2027-10-03T00:00:01',
      ['2027-10-02', '2027-10-03'],
    ],
    ['no end', '2027-10-02T09:00:00', null, ['2027-10-02', '2027-10-02']],
    ['end at the start', '2027-10-05T00:00:00', '2027-10-05T00:00:00', ['2027-10-05', '2027-10-05']],
  ])('all day, %s: %s → %s shows %j', (_name, start, end, dates) => {
    const e = shown({ start, ...(end === null ? {} : { end }), allDayEvent: true });
    expect([e.firstDate, e.lastDate]).toEqual(dates);
    expect(e.timeNotes).toEqual([]);
  });

  it.each([
    ['an ordinary day', '2027-06-15T15:00:00', '2027-06-15T16:00:00', []],
    [
      'a start in the fall-back hour',
      '2027-11-07T01:30:00',
      '2027-11-07T03:00:00',
      [{ field: 'start', kind: 'ambiguous', sent: '2027-11-07T01:30:00' }],
    ],
    [
      'an end in the spring-forward gap',
      '2027-03-14T01:00:00',
      '2027-03-14T02:30:00',
      [{ field: 'end', kind: 'nonexistent', sent: '2027-03-14T02:30:00' }],
    ],
    [
      'both in the fall-back hour',
      '2027-11-07T01:10:00',
      '2027-11-07T01:50:00',
      [
        { field: 'start', kind: 'ambiguous', sent: '2027-11-07T01:10:00' },
        { field: 'end', kind: 'ambiguous', sent: '2027-11-07T01:50:00' },
      ],
    ],
  ])('timed, %s', (_name, start, end, notes) => {
    const e = shown({ start, end });
    expect(e.timeNotes).toEqual(notes);
    expect(e.sent).toEqual({ start, end });
  });

  it('keeps what was sent for an event without an end', () => {
    expect(shown({ start: '2027-06-15T15:00:00' }).sent).toEqual({ start: '2027-06-15T15:00:00', end: null });
  });
});
