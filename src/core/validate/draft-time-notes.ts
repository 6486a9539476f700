/** `2026-03-08T02:30` → `2026-03-08 02:30`, as people read it. */
export function readable(wall: string): string {
  return wall.slice(0, 16).replace('T', ' ');
}

/** Describes a duration in minutes as "45 minutes", "3 hours" or "2 days" for messages. */
export function describeMinutes(minutes: number): string {
  const m = Math.round(Math.abs(minutes));
  if (m >= 60 && m % 1440 === 0) return m === 1440 ? '1 day' : `${m / 1440} days`;
  if (m >= 60 && m % 60 === 0) return m === 60 ? '1 hour' : `${m / 60} hours`;
  if (m < 120) return `${m} minute${m === 1 ? '' : 's'}`;
  if (m < 48 * 60) return `${Math.round(m / 60)} hours`;
  return `${Math.round(m / 1440)} days`;
}
