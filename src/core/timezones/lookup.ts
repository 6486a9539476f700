import { isValidIanaZone } from './intl-zone';
import { IANA_TO_WINDOWS, WINDOWS_ZONES } from './windows-zones.generated';

/** True when `id` is a Windows timezone id from CLDR (exact spelling, as Rokt expects it). */
export function isKnownWindowsZone(id: string): boolean {
  return Object.hasOwn(WINDOWS_ZONES, id);
}

/** The default IANA zone of a Windows id (`Eastern Standard Time` -> `America/New_York`), or undefined. */
export function ianaForWindowsZone(id: string): string | undefined {
  return isKnownWindowsZone(id) ? WINDOWS_ZONES[id] : undefined;
}

function canonicalZone(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

let byCanonical: Map<string, string> | undefined;

/** Lazily maps the runtime's canonical spelling of every mapped zone to its Windows id (first miss: ~0.2 s). */
// Stryker disable all: only a runtime whose Intl spells a zone unlike both CLDR and IANA reaches this (Node's ICU never does: every zone it knows is found above).
function windowsByCanonical(): Map<string, string> {
  if (!byCanonical) {
    byCanonical = new Map();
    for (const [zone, id] of Object.entries(IANA_TO_WINDOWS)) {
      const canonical = canonicalZone(zone);
      if (canonical && !byCanonical.has(canonical)) byCanonical.set(canonical, id);
    }
  }
  return byCanonical;
}
// Stryker restore all

/**
 * The Windows id for an IANA zone (a browser's `resolvedOptions().timeZone`), or undefined when none maps.
 * Aliases: the generated table already holds CLDR's legacy names and their current IANA names
 * (`Asia/Calcutta`, `Asia/Kolkata`); anything else (`US/Eastern`, `UTC`, odd casing) is canonicalised with
 * the runtime's Intl and looked up again; a spelling still unknown is compared with the Intl-canonical form of
 * every mapped zone (built once, slow), so links resolve the way the running browser resolves them.
 */
export function windowsZoneForIana(iana: string): string | undefined {
  // Stryker disable next-line ConditionalExpression: a shortcut; the canonical lookups below give the same id, slower.
  if (Object.hasOwn(IANA_TO_WINDOWS, iana)) return IANA_TO_WINDOWS[iana];
  const canonical = canonicalZone(iana);
  // Stryker disable next-line ConditionalExpression: a shortcut; without it the lookups below find nothing either.
  if (!canonical) return undefined;
  // Stryker disable next-line ConditionalExpression: a shortcut; the full canonical map gives the same id, slower.
  if (Object.hasOwn(IANA_TO_WINDOWS, canonical)) return IANA_TO_WINDOWS[canonical];
  // V8 reports every UTC alias (`UTC`, `GMT`, `Etc/Universal`…) as `UTC`, which CLDR spells `Etc/UTC`.
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; the full canonical map also holds `UTC` (from `Etc/UTC`).
  if (canonical === 'UTC') return IANA_TO_WINDOWS['Etc/UTC'];
  return windowsByCanonical().get(canonical);
}

/** The IANA zone to compute with: a Windows id's default zone, else `zone` itself if Intl knows it. */
export function resolveIanaZone(windowsIdOrIana: string): string {
  const iana = ianaForWindowsZone(windowsIdOrIana) ?? windowsIdOrIana;
  if (!isValidIanaZone(iana)) throw new RangeError(`Unknown timezone: ${windowsIdOrIana}`);
  return iana;
}
