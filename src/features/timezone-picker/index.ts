export { LazyTimezonePicker as TimezonePicker } from './lazy-timezone-picker';
