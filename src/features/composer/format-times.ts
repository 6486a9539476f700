const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** 'Sun 21 Feb 2027' (and ', 15:00' unless dateOnly) of an instant read in UTC; fixed English, no ICU variance. */
function formatUtcFields(d: Date, dateOnly: boolean): string {
  const day = `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return dateOnly ? day : `${day}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Formats a wall-clock 'YYYY-MM-DDTHH:mm' as 'Sun 21 Feb 2027, 15:00' (no zone conversion). */
export function formatWall(wall: string, dateOnly = false): string {
  const m = WALL.exec(wall);
  if (!m) return wall;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return formatUtcFields(new Date(ms), dateOnly);
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
