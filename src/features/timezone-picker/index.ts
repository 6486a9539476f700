export { TimezonePicker, type TimezonePickerProps } from './timezone-picker';
export { useBrowserWindowsZone, browserWindowsZone } from './use-browser-windows-zone';
