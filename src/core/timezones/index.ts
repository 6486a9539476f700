export { dstChangesBetween, formatOffset, offsetMinutes } from './offsets';
export { hostIanaZone, hostWindowsZone } from './host-zone';
export { labelOfWindowsId } from './label';
export { ianaForWindowsZone, isKnownWindowsZone, resolveIanaZone, windowsZoneForIana } from './lookup';
export { offsetLabel, searchTimezones } from './search';
export type { TimezoneEntry } from './timezone-entry';
export { utcToWallClock, wallClockToUtc } from './wall-instant';
export { IANA_TO_WINDOWS, WINDOWS_ZONES } from './windows-zones.generated';
export { instantOffsetMinutes } from './intl-zone';
export { ZONE_RENAMES } from './zone-renames';
export {
  addWallMinutes,
  clockChangeNear,
  firstValidWallAfter,
  resolveWallClock,
  wallMinutesBetween,
} from './clock-change';
export { formatInstant, formatWallClock, formatWallRange } from './format-date-time';
export {
  addDays,
  isMidnight,
  isRealWall,
  parseWallText,
  wallDateText,
  wallMinuteText,
  wallSecondText,
  wallTextOfUtcMs,
  withoutOffset,
} from './wall-text';
export type { WallParts } from './wall-text';
export { localizeTimezones } from './local-names';
export type { LocalZoneNameTable } from './local-names';
