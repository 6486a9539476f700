import { describe, expect, it } from 'vitest';
import { calendarEventFor } from './calendar-event';
import { GOOGLE_DETAILS_MAX, googleCalendarLink } from './google-link';
import { renderedFor } from '../../testing/calendar-fixtures';

/** The link split into its address and decoded query (core code and its tests use no DOM or Node URL). */
async function linkFor(
  draft: Parameters<typeof renderedFor>[0],
  zone: string,
): Promise<{ base: string; params: Map<string, string> }> {
  const result = calendarEventFor(renderedFor(draft), zone);
  if (!result.ok) throw new Error(result.reason);
  const [base = '', query = ''] = googleCalendarLink(result.event).split('?');
  const pairs = query.split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]);
  return { base, params: new Map(pairs) };
}

describe('googleCalendarLink', () => {
  it('carries the same UTC times, text, details and location as the calendar file', async () => {
    const url = await linkFor(
      { start: '2027-03-14T01:30', end: '2027-03-14T03:30', timezone: 'Eastern Standard Time' },
      'Australia/Sydney',
    );
    expect(url.base).toBe('https://calendar.google.com/calendar/render');
    expect(Object.fromEntries(url.params)).toEqual({
      action: 'TEMPLATE',
      text: 'Launch, Alex',
      dates: '20270314T063000Z/20270314T073000Z',
      ctz: 'Australia/Sydney',
      details: 'Doors open; bring a friend.\nSecond line',
      location: 'Main hall',
    });
  });

  it('uses whole dates with an exclusive end for an all-day event', async () => {
    const url = await linkFor(
      { start: '2027-10-02T00:00', end: '2027-10-03T00:00', allDay: true, timezone: 'Nepal Standard Time' },
      'Australia/Lord_Howe',
    );
    expect(url.params.get('dates')).toBe('20271002/20271004');
  });

  it('cuts a very long description and leaves out empty fields', async () => {
    const url = await linkFor(
      {
        start: '2027-06-15T15:00',
        end: '2027-06-15T16:00',
        timezone: 'Eastern Standard Time',
        description: 'a'.repeat(5000),
        location: '',
      },
      'Europe/Madrid',
    );
    expect(url.params.get('details')).toHaveLength(GOOGLE_DETAILS_MAX);
    expect(url.params.get('details')?.endsWith('…')).toBe(true);
    expect(url.params.has('location')).toBe(false);
  });

  it.each([
    ['exactly the limit', 'b'.repeat(GOOGLE_DETAILS_MAX), 'b'.repeat(GOOGLE_DETAILS_MAX)],
    ['one over the limit', 'c'.repeat(GOOGLE_DETAILS_MAX + 1), `${'c'.repeat(GOOGLE_DETAILS_MAX - 1)}…`],
    ['empty', '', undefined],
  ])('details of a description %s', async (_name, description, details) => {
    const url = await linkFor(
      { start: '2027-06-15T15:00', end: '2027-06-15T16:00', timezone: 'Eastern Standard Time', description },
      'Europe/Madrid',
    );
    expect(url.params.get('details')).toBe(details);
  });
});
