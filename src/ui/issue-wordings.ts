import { plural, t } from '@lingui/core/macro';
import type { DraftFieldName, Issue } from '../core/issues';
import { formatWallClock } from '../core/timezones';
import { fieldLabel } from './field-labels';
import { activeFormattingLocale } from './i18n';

type Params = NonNullable<Issue['params']>;

/** A wall-clock `YYYY-MM-DDTHH:mm` as the active language writes it. */
const wall = (value: string | number | undefined) =>
  typeof value === 'string' ? formatWallClock(value.slice(0, 16), { locale: activeFormattingLocale() }) : '';

/** Minutes as the active language says them: `15 minutos`, `2 horas`, `1 día`. */
function duration(minutes: number): string {
  if (minutes > 0 && minutes % 1440 === 0) {
    const days = minutes / 1440;
    return plural(days, { one: '# day', other: '# days' });
  }
  if (minutes > 0 && minutes % 60 === 0) {
    const hours = minutes / 60;
    return plural(hours, { one: '# hour', other: '# hours' });
  }
  return plural(minutes, { one: '# minute', other: '# minutes' });
}

const str = (p: Params, key: string) => String(p[key] ?? '');
const num = (p: Params, key: string) => Number(p[key] ?? 0);

/**
 * The sentence of each problem code the interface words itself, from the issue's parameters; a code missing
 * here (or an issue without the parameters its sentence needs) is shown with core's English sentence.
 */
export const ISSUE_WORDINGS: Record<string, (p: Params) => string | null> = {
  'draft.default-text': (p) => {
    const field = fieldLabel(str(p, 'field') as DraftFieldName);
    const text = str(p, 'text');
    return p.field === 'eventId'
      ? t`${field} is still the example text "${text}": every campaign that keeps it writes over the same event. Choose your own id.`
      : t`${field} is still the example text "${text}": subscribers would see it in their calendar. Write your own.`;
  },
  'draft.end-before-start': (p) => {
    const end = wall(p.end);
    const start = wall(p.start);
    return num(p, 'clockChange')
      ? t`End ${end} comes before the start ${start} once the clock change is counted: choose the earlier start or a later end.`
      : t`End ${end} is before the start ${start}: move the end after the start.`;
  },
  'draft.zero-duration': () =>
    t`End equals the start, so the event has no duration. Set an end time if that is not intended.`,
  'draft.in-past': (p) => {
    const at = wall(p.at);
    const zone = str(p, 'zone');
    return p.when === 'ended'
      ? t`The event ended ${at} (${zone}), which is in the past: subscribers would get an event that is already over. Check the date.`
      : t`The event started ${at} (${zone}), which is in the past: calendars will show it as already running. Check the date.`;
  },
  'draft.reminder-in-past': (p) => {
    const reminder = duration(num(p, 'reminder'));
    const untilStart = duration(num(p, 'untilStart'));
    return t`The reminder is ${reminder} before the start, but the event starts in ${untilStart}: the reminder time has already passed, so subscribers may not get it. Use a shorter reminder.`;
  },
  'draft.timezone-unknown': (p) => {
    const value = str(p, 'value');
    const suggestion = p.suggestion === undefined ? null : str(p, 'suggestion');
    if (suggestion && value.includes('/'))
      return t`Timezone "${value}" is an IANA name; Rokt needs a Windows timezone id. Use "${suggestion}".`;
    if (suggestion)
      return t`Timezone "${value}" is not a timezone Rokt knows. Did you mean "${suggestion}"? Write it exactly like that.`;
    return t`Timezone "${value}" is not a timezone Rokt knows. Rokt needs a Windows timezone id such as "Eastern Standard Time"; pick one from the list.`;
  },
  'user.several-accounts': (p) => {
    const count = num(p, 'count');
    const accounts = str(p, 'accounts');
    const ids = num(p, 'ids');
    const used = str(p, 'used');
    return t`This user's calendars are in ${count} Rokt accounts (${accounts}), but the webhook posts all ${ids} subscription ids to the first one (/${used}): Rokt would refuse or misfile the others. Send one webhook per account (for example a Canvas branch per rokt:account_code), or keep this user to one account.`;
  },
  'render.aborted': (p) => {
    const reason = str(p, 'reason').trim();
    return reason
      ? t`Braze would skip this user: the template stops the send with abort_message ("${reason}"). Nothing is sent to Rokt for them.`
      : t`Braze would skip this user: the template stops the send with abort_message. Nothing is sent to Rokt for them.`;
  },
};

/** The wording of `issue` when the interface words its code and the issue carries what the sentence needs. */
export function wordingOf(issue: Issue): (() => string | null) | null {
  const word = ISSUE_WORDINGS[issue.code];
  if (!word || (issue.params === undefined && word.length > 0)) return null;
  return () => word(issue.params ?? {});
}

/** True when the interface words `issue` itself in every language (its code has a wording and its parameters). */
export function hasWording(issue: Issue): boolean {
  return wordingOf(issue) !== null;
}
