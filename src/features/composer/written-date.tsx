import { formatWall } from './format-times';

/**
 * The chosen start or end written out in the interface's language under its native input: a browser shows
 * a date input in its own locale, not the page's, so a Spanish interface in an English browser still says
 * "martes, 15 jun 2027, 15:00" here. Nothing is shown for a value that is not a date.
 */
export function WrittenDate({ value, allDay }: { value: string; allDay: boolean }) {
  const wall = value.slice(0, 16);
  const written = formatWall(wall, allDay);
  return written === wall ? null : <p className="composer-written">{written}</p>;
}
