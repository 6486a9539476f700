import { WINDOWS_ZONES, isKnownWindowsZone, windowsZoneForIana } from '../timezones';

let byLooseName: Map<string, string> | null = null;

function loose(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Suggests the Windows timezone id a marketer probably meant (IANA name, wrong case or spacing), or undefined. */
export function suggestWindowsZone(input: string): string | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  if (text !== input && isKnownWindowsZone(text)) return text;
  const fromIana = text.includes('/') || text === 'UTC' ? windowsZoneForIana(text) : undefined;
  if (fromIana) return fromIana;
  if (!byLooseName) {
    byLooseName = new Map(Object.keys(WINDOWS_ZONES).map((id) => [loose(id), id]));
  }
  return byLooseName.get(loose(text)) ?? windowsZoneForIana(text);
}

/** A marketer-facing sentence saying a timezone is not a Windows id Rokt knows, with a suggestion when one exists. */
export function unknownTimezoneMessage(label: string, value: string): string {
  const suggestion = suggestWindowsZone(value);
  if (value.includes('/') && suggestion) {
    return `${label} "${value}" is an IANA name; Rokt needs a Windows timezone id. Use "${suggestion}".`;
  }
  if (suggestion) {
    return `${label} "${value}" is not a timezone Rokt knows. Did you mean "${suggestion}"? Write it exactly like that.`;
  }
  return `${label} "${value}" is not a timezone Rokt knows. Rokt needs a Windows timezone id such as "Eastern Standard Time"; pick one from the list.`;
}
