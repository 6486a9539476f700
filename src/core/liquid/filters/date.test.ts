import { describe, expect, it } from 'vitest';
import { renderBraze } from '../render-braze';
import { NO_ROKT_USER } from '../../../testing/liquid-fixtures';

const NOW = new Date('2024-03-10T12:00:00Z');
const render = (source: string, variables: Record<string, unknown> = {}) =>
  renderBraze(source, NO_ROKT_USER, { now: NOW, variables });

describe('date reads its input as Ruby Liquid 5 does', () => {
  it.each<[string, Record<string, unknown>, string]>([
    // A date without a time is midnight on Braze's servers (UTC).
    ['{{ "2024-03-10" | date: "%F %T" }}', {}, '2024-03-10 00:00:00'],
    ['{{ "2024-03-10 08:05" | date: "%F %T" }}', {}, '2024-03-10 08:05:00'],
    ['{{ "2024-03-10T08:05:06.789" | date: "%T.%L" }}', {}, '08:05:06.789'],
    // The instant of a text with an offset (seconds since the epoch print the same in every zone).
    ['{{ "2024-03-10T12:00:00+0530" | date: "%s" }}', {}, '1710052200'],
    ['{{ "2024-03-10T12:00:00+05:30" | date: "%s" }}', {}, '1710052200'],
    ['{{ "2024-03-10 12:00:00 -0500" | date: "%s" }}', {}, '1710090000'],
    [
      '{{ "2024-03-10T12:00:00Z" | date: "%s" }}|{{ "2024-03-10" | date: "%s" }}',
      {},
      '1710072000|1710028800',
    ],
    ['{{ "Now" | date: "%F %H:%M" }}|{{ "TODAY" | date: "%F" }}', {}, '2024-03-10 12:00|2024-03-10'],
    // Texts that only contain "now" or "today" are not times: they are returned as written.
    [
      '{{ "nowhere" | date: "%F" }}|{{ "snow" | date: "%F" }}|{{ "today!" | date: "%F" }}',
      {},
      'nowhere|snow|today!',
    ],
    ['{{ d | date: "%F %T" }}', { d: new Date('2024-03-10T07:08:09Z') }, '2024-03-10 07:08:09'],
    ['{{ 1710028800 | date: "%F" }}|{{ "1710028800" | date: "%F" }}', {}, '2024-03-10|2024-03-10'],
    ['{{ "" | date: "%F" }}|{{ nothing | date: "%F" }}|{{ "2024-03-10" | date: "" }}', {}, '||2024-03-10'],
  ])('%s', async (source, variables, output) => {
    expect(await render(source, variables)).toEqual({ ok: true, output });
  });

  it.each([
    ['{{ "2024-03-10T12:00:00Z" | time_zone: " +05:30 " | date: "%H:%M %z" }}', '17:30 +0530'],
    ['{{ "2024-03-10T12:00:00Z" | time_zone: "-3" | date: "%H:%M %z" }}', '09:00 -0300'],
    ['{{ "2024-03-10T12:00:00Z" | time_zone: "America/New_York" | date: "%H:%M %z" }}', '08:00 -0400'],
  ])('%s', async (source, output) => {
    expect(await render(source)).toEqual({ ok: true, output });
  });

  it('names the zone it cannot read', async () => {
    expect(await render('{{ "now" | time_zone: "Mars/Base" }}')).toMatchObject({
      ok: false,
      problem: {
        message:
          '"Mars/Base" is not a time zone: use an IANA name like America/New_York or an offset like +05:30.',
        params: { v: 'time-zone', zone: 'Mars/Base' },
      },
    });
  });
});
