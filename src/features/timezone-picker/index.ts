export { LazyTimezonePicker as TimezonePicker } from './lazy-timezone-picker';
export type { TimezonePickerProps } from './timezone-picker';
