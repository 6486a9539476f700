import { useId, useMemo } from 'react';
import { IANA_TO_WINDOWS, hostIanaZone } from '../../core/timezones';
import { TEXT } from './calendar-text';

let allZones: string[] | undefined;
/**
 * Every IANA zone the browser knows plus CLDR's current names (Chromium still lists `Asia/Katmandu`, not
 * `Asia/Kathmandu`), sorted; read once.
 */
function zones(): string[] {
  if (!allZones) {
    let known: string[] = [];
    try {
      known = Intl.supportedValuesOf('timeZone');
    } catch {
      // Older browsers: CLDR's list alone.
    }
    const cldr = Object.keys(IANA_TO_WINDOWS).filter((z) => z.includes('/') && !z.startsWith('Etc/'));
    allZones = [...new Set([...known, ...cldr])].sort();
  }
  return allZones;
}

/** Picks the zone the calendar is drawn in: the subscriber's, the event's, the marketer's, or any IANA zone. */
export function ZoneSelect(props: {
  value: string;
  userZone: string | null;
  eventZone: string;
  onChange(zone: string): void;
}) {
  const { value, userZone, eventZone, onChange } = props;
  const id = useId();
  const browser = hostIanaZone();
  const rest = useMemo(() => {
    const all = zones();
    return all.includes(value) ? all : [value, ...all];
  }, [value]);
  return (
    <label className="cal-control" htmlFor={id}>
      <span>{TEXT.zoneLabel}</span>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <optgroup label={TEXT.zoneSuggested}>
          {userZone && <option value={userZone}>{TEXT.zoneFromUser(userZone)}</option>}
          {eventZone !== userZone && <option value={eventZone}>{TEXT.zoneFromEvent(eventZone)}</option>}
          {browser !== userZone && browser !== eventZone && (
            <option value={browser}>{TEXT.zoneFromBrowser(browser)}</option>
          )}
        </optgroup>
        <optgroup label={TEXT.zoneAll}>
          {rest.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}
