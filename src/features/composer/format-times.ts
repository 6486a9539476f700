import { plural } from '@lingui/core/macro';
import { formatWallClock, wallTextOfUtcMs } from '../../core/timezones';
import { activeFormattingLocale } from '../../ui/i18n';

/** Formats a wall-clock 'YYYY-MM-DDTHH:mm' with the app's one date-time format (the user's locale, no zone conversion). */
export function formatWall(wall: string, dateOnly = false): string {
  return formatWallClock(wall, { dateOnly, locale: activeFormattingLocale() });
}

/** The UTC wall-clock of an instant, 'YYYY-MM-DDTHH:mm'. */
export function utcWall(instant: Date): string {
  return wallTextOfUtcMs(instant.getTime());
}

/** '15 minutes', '1 hour', '1 day', '90 minutes' in the active language. */
export function formatMinutes(minutes: number): string {
  if (minutes > 0 && minutes % 1440 === 0) {
    const days = minutes / 1440;
    return plural(days, { one: '# day', other: '# days' });
  }
  if (minutes > 0 && minutes % 60 === 0) {
    const hours = minutes / 60;
    return plural(hours, { one: '# hour', other: '# hours' });
  }
  return plural(minutes, { one: '# minute', other: '# minutes' });
}
