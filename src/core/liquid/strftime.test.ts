import { describe, expect, it } from 'vitest';
import { strftime } from './strftime';
import { wallTime } from './wall-time';

// Expected values are what Ruby's Time#strftime prints for these instants.
const AFTERNOON = wallTime(new Date('2024-01-07T15:04:05.123Z'));
const NEW_YORK = wallTime(new Date('2024-07-04T16:30:00Z'), 'America/New_York');
const KOLKATA = wallTime(new Date('2024-07-04T16:30:00Z'), 330);

describe('Ruby strftime', () => {
  it.each([
    ['%Y-%m-%d %H:%M:%S', '2024-01-07 15:04:05'],
    ['%F %T', '2024-01-07 15:04:05'],
    ['%D|%x|%X|%R|%r', '01/07/24|01/07/24|15:04:05|15:04|03:04:05 PM'],
    ['%c', 'Sun Jan  7 15:04:05 2024'],
    ['%e|%-d|%_m|%0e|%-m', ' 7|7| 1|07|1'],
    ['%l %P|%I %p|%k|%-l%P', ' 3 pm|03 PM|15|3pm'],
    ['%j|%U|%W|%V|%G|%g|%u|%w', '007|01|01|01|2024|24|7|0'],
    ['%A %a %B %b %h', 'Sunday Sun January Jan Jan'],
    ['%^A %^b %#p %10A|%-10A|', 'SUNDAY JAN pm     Sunday|Sunday|'],
    ['%L|%N|%3N|%6N', '123|123000000|123|123000'],
    ['%s|%z|%:z|%::z|%Z', '1704639845|+0000|+00:00|+00:00:00|UTC'],
    ['%C|%y|%n|%t|%%|%Q|%5', '20|24|\n|\t|%|%Q|%5'],
    ['%v|%+', ' 7-JAN-2024|Sun Jan  7 15:04:05 UTC 2024'],
  ])('%s', (format, expected) => {
    expect(strftime(AFTERNOON, format)).toBe(expected);
  });

  it('formats a wall clock in a named zone with daylight saving', () => {
    expect(strftime(NEW_YORK, '%Y-%m-%d %H:%M %z %Z')).toBe('2024-07-04 12:30 -0400 EDT');
  });

  it('formats a fixed offset with an empty zone name, as Ruby does', () => {
    expect(strftime(KOLKATA, '%H:%M %z|%Z|')).toBe('22:00 +0530||');
  });
});

describe('Ruby strftime: weeks, hours and flags at their edges', () => {
  // Week numbers as C and Ruby print them (%U weeks from Sunday, %W from Monday, %V/%G/%g ISO 8601).
  it.each([
    ['2021-01-01', 'Fri 001|00|00|53|2020|20|5|5'],
    ['2024-12-30', 'Mon 365|52|53|01|2025|25|1|1'],
    ['2023-01-01', 'Sun 001|01|00|52|2022|22|7|0'],
    ['2027-01-03', 'Sun 003|01|00|53|2026|26|7|0'],
    ['2026-11-29', 'Sun 333|48|47|48|2026|26|7|0'],
    ['2024-03-05', 'Tue 065|09|10|10|2024|24|2|2'],
    ['2019-12-31', 'Tue 365|52|52|01|2020|20|2|2'],
    ['2022-01-02', 'Sun 002|01|00|52|2021|21|7|0'],
  ])('%s: %s', (day, expected) => {
    expect(strftime(wallTime(new Date(`${day}T10:00:00Z`)), '%a %j|%U|%W|%V|%G|%g|%u|%w')).toBe(expected);
  });

  it.each([
    ['00:07:09.004', '12| 12|AM|am|00| 0|004|004000000|00|004000000000'],
    ['11:59:59.999', '11| 11|AM|am|11|11|999|999000000|99|999000000000'],
    ['12:00:00.050', '12| 12|PM|pm|12|12|050|050000000|05|050000000000'],
    ['23:30:00.000', '11| 11|PM|pm|23|23|000|000000000|00|000000000000'],
  ])('at %s', (clock, expected) => {
    const t = wallTime(new Date(`2024-03-05T${clock}Z`));
    expect(strftime(t, '%I|%3l|%p|%P|%H|%k|%L|%N|%2N|%12N')).toBe(expected);
  });

  it.each([
    ['%_d|%-e|%_H|%-k|%05d|%_5d|%-5d', ' 5|5| 0|0|00005|    5|5'],
    ['%#A|%#b|%#p|%^P|%^a', 'TUESDAY|MAR|am|AM|TUE'],
    ['%8A|%-8A|%08A|%3a', ' Tuesday|Tuesday|0Tuesday|Tue'],
    ['%1N|%2L|%6L', '0|00|004000'],
    // A colon belongs only to %z: elsewhere the directive prints as written.
    ['%:Y|%::H|%:z', '%:Y|%::H|+00:00'],
  ])('%s', (format, expected) => {
    expect(strftime(wallTime(new Date('2024-03-05T00:07:09.004Z')), format)).toBe(expected);
  });

  it('pads a year before year 1 with zeros after its minus sign, as Ruby does', () => {
    const t = { ...wallTime(new Date('2024-03-05T00:00:00Z')), year: -5 };
    expect(strftime(t, '%Y|%-Y|%6Y|%_6Y')).toBe('-0005|-5|-00005|    -5');
  });

  it('writes negative offsets and seconds before 1970', () => {
    const t = wallTime(new Date('1969-12-31T23:59:59Z'), -210);
    expect(strftime(t, '%z|%:z|%::z|%s|%H:%M')).toBe('-0330|-03:30|-03:30:00|-1|20:29');
  });
});
