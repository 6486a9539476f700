import { formatWallClock } from '../../core/timezones';

/** Formats a wall-clock 'YYYY-MM-DDTHH:mm' with the app's one date-time format (the user's locale, no zone conversion). */
export function formatWall(wall: string, dateOnly = false): string {
  return formatWallClock(wall, { dateOnly });
}

/** The UTC wall-clock of an instant, 'YYYY-MM-DDTHH:mm'. */
export function utcWall(instant: Date): string {
  return instant.toISOString().slice(0, 16);
}

/** '15 minutes', '1 hour', '1 day', '90 minutes'. */
export function formatMinutes(minutes: number): string {
  if (minutes > 0 && minutes % 1440 === 0) return minutes === 1440 ? '1 day' : `${minutes / 1440} days`;
  if (minutes > 0 && minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
