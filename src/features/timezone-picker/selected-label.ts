import { formatOffset, ianaForWindowsZone, labelOfWindowsId, offsetMinutes } from '../../core/timezones';

/**
 * The trigger text: offset on the event date, label and id of the selected zone. It reads the bundled id
 * table, never the fetched list, so it is the same before and after the list and the picker's code arrive.
 */
export function selectedLabel(value: string, eventDate: Date): string {
  if (!value) return '';
  const iana = ianaForWindowsZone(value);
  let offset: string;
  try {
    offset = formatOffset(offsetMinutes(iana ?? value, eventDate));
  } catch {
    offset = '';
  }
  const label = iana ? `${labelOfWindowsId(value)} (${value})` : value;
  return offset ? `${offset} · ${label}` : label;
}
