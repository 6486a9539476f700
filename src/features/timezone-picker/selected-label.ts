import { formatOffset, ianaForWindowsZone, labelOfWindowsId, offsetMinutes } from '../../core/timezones';

/**
 * The trigger text: offset on the event date, label and id of the selected zone. It reads the bundled id
 * table, never the fetched list, so it is the same before and after the list and the picker's code arrive;
 * `localLabel` (the zone's name in the interface language, once that list is loaded) replaces the English one.
 */
export function selectedLabel(value: string, eventDate: Date, localLabel?: string): string {
  if (!value) return '';
  const iana = ianaForWindowsZone(value);
  let offset: string;
  try {
    offset = formatOffset(offsetMinutes(iana ?? value, eventDate));
  } catch {
    offset = '';
  }
  const label = iana ? `${localLabel ?? labelOfWindowsId(value)} (${value})` : value;
  return offset ? `${offset} · ${label}` : label;
}
