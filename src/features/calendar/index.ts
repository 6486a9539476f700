export { CalendarTab } from './calendar-tab';
export type { CalendarRenderer, CalendarTabProps } from './types';
