export { LazyTimezonePicker as TimezonePicker, startTimezonePicker } from './lazy-timezone-picker';
