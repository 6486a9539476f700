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
