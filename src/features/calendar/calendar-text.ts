/** Every word the Calendar tab shows, in one place (a translation replaces this module's values). */

export const TEXT = {
  title: 'Calendar',
  intro: 'What lands in the subscriber’s calendar, drawn from the request Rokt would receive.',
  forUser: 'For',
  rendering: 'Rendering the event…',
  failed: 'The preview failed, so there is no event to draw.',
  noEvent: 'No event to draw.',
  zoneLabel: 'Shown in',
  zoneFromUser: (zone: string) => `Subscriber’s time_zone (${zone})`,
  zoneFromEvent: (zone: string) => `Event’s zone (${zone})`,
  zoneFromBrowser: (zone: string) => `Your zone (${zone})`,
  zoneSuggested: 'Suggested',
  zoneAll: 'All timezones',
  noUserZone: 'This sample user has no time_zone attribute: showing the event’s own zone.',
  viewLabel: 'View',
  views: { day: 'Day', week: 'Week' },
  lookLabel: 'Look',
  looks: { google: 'Google-like', outlook: 'Outlook-like', apple: 'Apple-like' },
  previous: { day: 'Previous day', week: 'Previous week' },
  next: { day: 'Next day', week: 'Next week' },
  toEvent: 'Go to event',
  allDay: 'all-day',
  continuesBefore: 'from the day before',
  continuesAfter: 'continues the next day',
  reminderMarker: (time: string) => `Reminder ${time}`,
  clockChange: (before: string, after: string) => `Clocks change ${before} → ${after}`,
  gridLabel: (range: string) => `Calendar for ${range}`,
  details: {
    when: 'When',
    where: 'Where',
    reminder: 'Reminder',
    sentAs: 'Sent to Rokt as',
    description: 'Description',
    noReminder: 'None sent',
    minutesBefore: (n: number) =>
      n === 0
        ? 'at the start'
        : n % 1440 === 0
          ? `${n / 1440} ${n === 1440 ? 'day' : 'days'} before`
          : n % 60 === 0
            ? `${n / 60} ${n === 60 ? 'hour' : 'hours'} before`
            : `${n} ${n === 1 ? 'minute' : 'minutes'} before`,
    duration: (minutes: number) => {
      const h = Math.floor(minutes / 60);
      const m = minutes % 60;
      return [h ? `${h} h` : '', m || !h ? `${m} min` : ''].filter(Boolean).join(' ');
    },
    clockChangeNote: (before: string, after: string, when: string) =>
      `The subscriber’s clocks change during the event (${when}: ${before} → ${after}); the drawing follows the wall clock.`,
    nonexistent: (field: string, sent: string) =>
      `The ${field} ${sent} does not exist in the event’s zone (clocks jump forward): calendars move it forward by the gap.`,
    ambiguous: (field: string, sent: string) =>
      `The ${field} ${sent} happens twice in the event’s zone (clocks go back): calendars take the first.`,
    truncated: 'The event is longer than a year: only its first year is drawn.',
  },
  actions: {
    download: 'Download .ics',
    google: 'Add to Google Calendar',
    googleNote: 'Google applies your default reminder; the .ics carries the event’s own.',
    downloadFailed: 'Could not write the calendar file:',
  },
  allUsers: {
    title: 'All sample users',
    user: 'User',
    zone: 'Timezone',
    when: 'Local date and time',
    checking: 'Checking…',
    eventZone: 'event’s zone',
  },
} as const;
