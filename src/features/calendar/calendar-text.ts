import { plural, t } from '@lingui/core/macro';

/**
 * Every word the Calendar tab shows, in one place, in the active language (read when shown).
 * Times are drawn as 24-hour wall-clock text; dates are formatted for the active language.
 */
export const TEXT = {
  get title() {
    return t`Calendar`;
  },
  get intro() {
    return t`What lands in the subscriber’s calendar, drawn from the request Rokt would receive.`;
  },
  get forUser() {
    return t({ message: 'For', context: 'for the sample user' });
  },
  get rendering() {
    return t`Rendering the event…`;
  },
  get failed() {
    return t`The preview failed, so there is no event to draw.`;
  },
  get noEvent() {
    return t`No event to draw.`;
  },
  get zoneLabel() {
    return t`Shown in`;
  },
  zoneFromUser: (zone: string) => t`Subscriber’s time_zone (${zone})`,
  zoneFromEvent: (zone: string) => t`Event’s zone (${zone})`,
  zoneFromBrowser: (zone: string) => t`Your zone (${zone})`,
  get zoneSuggested() {
    return t`Suggested`;
  },
  get zoneAll() {
    return t`All timezones`;
  },
  get noUserZone() {
    return t`This sample user has no time_zone attribute: showing the event’s own zone.`;
  },
  get viewLabel() {
    return t`View`;
  },
  get views() {
    return { day: t`Day`, week: t`Week` };
  },
  get lookLabel() {
    return t`Look`;
  },
  get looks() {
    return { google: t`Google-like`, outlook: t`Outlook-like`, apple: t`Apple-like` };
  },
  get previous() {
    return { day: t`Previous day`, week: t`Previous week` };
  },
  get next() {
    return { day: t`Next day`, week: t`Next week` };
  },
  get toEvent() {
    return t`Go to event`;
  },
  get allDay() {
    return t`all-day`;
  },
  get continuesBefore() {
    return t`from the day before`;
  },
  get continuesAfter() {
    return t`continues the next day`;
  },
  reminderMarker: (time: string) => t`Reminder ${time}`,
  clockChange: (before: string, after: string) => t`Clocks change ${before} → ${after}`,
  gridLabel: (range: string) => t`Calendar for ${range}`,
  get details() {
    return {
      when: t`When`,
      where: t`Where`,
      reminder: t`Reminder`,
      sentAs: t`Sent to Rokt as`,
      description: t`Description`,
      noReminder: t`None sent`,
      minutesBefore: (n: number) =>
        n === 0
          ? t`at the start`
          : n % 1440 === 0
            ? plural(n / 1440, { one: '# day before', other: '# days before' })
            : n % 60 === 0
              ? plural(n / 60, { one: '# hour before', other: '# hours before' })
              : plural(n, { one: '# minute before', other: '# minutes before' }),
      duration: (minutes: number) => {
        const h = Math.floor(minutes / 60);
        const m = minutes % 60;
        return [h ? `${h} h` : '', m || !h ? `${m} min` : ''].filter(Boolean).join(' ');
      },
      clockChangeNote: (before: string, after: string, when: string) =>
        t`The subscriber’s clocks change during the event (${when}: ${before} → ${after}); the drawing follows the wall clock.`,
      nonexistent: (field: 'start' | 'end', sent: string) =>
        field === 'start'
          ? t`The start ${sent} does not exist in the event’s zone (clocks jump forward): calendars move it forward by the gap.`
          : t`The end ${sent} does not exist in the event’s zone (clocks jump forward): calendars move it forward by the gap.`,
      ambiguous: (field: 'start' | 'end', sent: string) =>
        field === 'start'
          ? t`The start ${sent} happens twice in the event’s zone (clocks go back): calendars take the first.`
          : t`The end ${sent} happens twice in the event’s zone (clocks go back): calendars take the first.`,
      truncated: t`The event is longer than a year: only its first year is drawn.`,
    };
  },
  get actions() {
    return {
      download: t`Download .ics`,
      google: t`Add to Google Calendar`,
      googleNote: t`Google applies your default reminder; the .ics carries the event’s own.`,
      downloadFailed: t`Could not write the calendar file:`,
    };
  },
  get allUsers() {
    return {
      title: t`All sample users`,
      user: t`User`,
      zone: t`Timezone`,
      when: t`Local date and time`,
      checking: t`Checking…`,
      eventZone: t`event’s zone`,
    };
  },
};
