export { CalendarTab } from './calendar-tab';
