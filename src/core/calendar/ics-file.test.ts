import ICAL from 'ical.js';
import { createEvent } from 'ics';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../event';
import { calendarEventFor } from './calendar-event';
import { icsFileName, icsFileOf } from './ics-file';
import { renderedFor } from '../../testing/calendar-fixtures';

const STAMP = Date.UTC(2026, 10, 28, 12, 0, 0);

async function parsedIcs(draft: Partial<Draft>, zone: string) {
  const result = calendarEventFor(renderedFor(draft), zone);
  if (!result.ok) throw new Error(result.reason);
  const text = icsFileOf(result.event, STAMP);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { text, event: new ICAL.Event(vevent), vevent, model: result.event };
}

const utc = (t: ICAL.Time) => t.toJSDate().toISOString().slice(0, 16);
const triggerSeconds = (vevent: ICAL.Component) => {
  const alarm = vevent.getFirstSubcomponent('valarm');
  const trigger = alarm?.getFirstPropertyValue('trigger');
  return trigger instanceof ICAL.Duration ? trigger.toSeconds() : null;
};

describe('icsFileOf, read back with ical.js', () => {
  it.each([
    {
      name: 'New York summer afternoon',
      draft: { start: '2027-06-15T15:00', end: '2027-06-15T16:00', timezone: 'Eastern Standard Time' },
      start: '2027-06-15T19:00',
      end: '2027-06-15T20:00',
    },
    {
      name: 'New York across spring forward',
      draft: { start: '2027-03-14T01:30', end: '2027-03-14T03:30', timezone: 'Eastern Standard Time' },
      start: '2027-03-14T06:30',
      end: '2027-03-14T07:30',
    },
    {
      name: 'Madrid across fall back',
      draft: { start: '2027-10-31T01:30', end: '2027-10-31T03:30', timezone: 'Romance Standard Time' },
      start: '2027-10-30T23:30',
      end: '2027-10-31T02:30',
    },
    {
      name: 'Sydney across its spring forward',
      draft: { start: '2027-10-03T01:00', end: '2027-10-03T04:00', timezone: 'AUS Eastern Standard Time' },
      start: '2027-10-02T15:00',
      end: '2027-10-02T17:00',
    },
    {
      name: 'Lord Howe across its half-hour spring forward',
      draft: { start: '2027-10-03T01:00', end: '2027-10-03T03:00', timezone: 'Lord Howe Standard Time' },
      start: '2027-10-02T14:30',
      end: '2027-10-02T16:00',
    },
    {
      name: 'Kathmandu (UTC+05:45, no DST)',
      draft: { start: '2027-03-28T09:00', end: '2027-03-28T10:30', timezone: 'Nepal Standard Time' },
      start: '2027-03-28T03:15',
      end: '2027-03-28T04:45',
    },
  ])('$name: UTC start and end, UID, alarm', async ({ draft, start, end }) => {
    const { event, vevent } = await parsedIcs({ ...draft, notifyBefore: 30 }, 'Europe/Madrid');
    expect([utc(event.startDate), utc(event.endDate)]).toEqual([start, end]);
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(event.endDate.zone?.tzid).toBe('UTC');
    expect(event.uid).toBe('launch_braze-user-1');
    expect(event.summary).toBe('Launch, Alex');
    expect(event.description).toBe('Doors open; bring a friend.\nSecond line');
    expect(event.location).toBe('Main hall');
    expect(triggerSeconds(vevent)).toBe(-30 * 60);
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-28T12:00:00Z');
  });

  it.each([
    ['Australia/Sydney', 'AUS Eastern Standard Time'],
    ['America/New_York', 'Eastern Standard Time'],
    ['Asia/Kathmandu', 'Nepal Standard Time'],
  ])('all-day in %s: VALUE=DATE start, exclusive end, alarm before midnight', async (zone, timezone) => {
    const draft = {
      start: '2027-10-02T00:00',
      end: '2027-10-03T00:00',
      allDay: true,
      timezone,
      notifyBefore: 60,
    };
    const { event, vevent, text } = await parsedIcs(draft, zone);
    expect(text).toContain('DTSTART;VALUE=DATE:20271002\r\n');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2027-10-02');
    expect(event.endDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe('2027-10-04');
    expect(triggerSeconds(vevent)).toBe(-3600);
  });

  it('writes a reminder at the start as PT0S (ics 3.12 alone writes the invalid "-PT")', async () => {
    const { vevent, text } = await parsedIcs(
      {
        start: '2027-06-15T15:00',
        end: '2027-06-15T16:00',
        timezone: 'Eastern Standard Time',
        notifyBefore: 0,
      },
      'Europe/Madrid',
    );
    expect(triggerSeconds(vevent)).toBe(0);
    expect(text).toContain('TRIGGER:PT0S\r\n');
    const raw = createEvent({
      start: 0,
      end: 60_000,
      alarms: [{ action: 'display', trigger: { minutes: 0, before: true } }],
    });
    expect(raw.value).toContain('TRIGGER:-PT\r\n');
    const rawAlarm = new ICAL.Component(ICAL.parse(raw.value ?? ''))
      .getFirstSubcomponent('vevent')
      ?.getFirstSubcomponent('valarm');
    expect(() => rawAlarm?.getFirstPropertyValue('trigger')).toThrow(/invalid duration value/);
  });

  it('escapes commas, semicolons and line breaks, and folds long lines', async () => {
    const title = `Sale; 50% off, "today"\\ ${'x'.repeat(90)}`;
    const { event, text, vevent } = await parsedIcs(
      { title, start: '2027-06-15T15:00', end: '2027-06-15T16:00', timezone: 'Eastern Standard Time' },
      'Europe/Madrid',
    );
    expect(event.summary).toBe(title);
    expect(vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('description')).toBe(title);
    expect(text.split('\r\n').every((line) => line.length <= 75)).toBe(true);
  });
});

describe('icsFileName', () => {
  it.each([
    ['launch_braze-user-1', 'launch_braze-user-1.ics'],
    ['summer sale/2027 ü', 'summer-sale-2027.ics'],
    ['///', 'event.ics'],
    ['launch  party', 'launch-party.ics'],
    ['..launch..', 'launch.ics'],
    ['--launch--', 'launch.ics'],
    ['x'.repeat(150), `${'x'.repeat(100)}.ics`],
  ])('%s → %s', (uid, name) => {
    expect(icsFileName({ uid })).toBe(name);
  });
});

describe('icsFileOf: the file itself', () => {
  it('names the app as the producer and leaves other lines alone', async () => {
    const { text } = await parsedIcs(
      {
        title: 'TRIGGER:-PT',
        notifyBefore: 0,
        start: '2027-06-15T15:00',
        end: '2027-06-15T16:00',
        timezone: 'Eastern Standard Time',
      },
      'Europe/Madrid',
    );
    const lines = text.split('\r\n');
    expect(lines).toContain('PRODID:-//Rokt Calendar Composer//EN');
    expect(lines).toContain('TRIGGER:PT0S');
    expect(lines).toContain('SUMMARY:TRIGGER:-PT');
    expect(lines).toContain('DESCRIPTION:TRIGGER:-PT');
  });
});
