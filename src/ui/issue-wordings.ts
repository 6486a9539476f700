import { t } from '@lingui/core/macro';
import type { DraftFieldName, Issue, IssueFix } from '../core/issues';
import { formatWallClock } from '../core/timezones';
import { fieldLabel } from './field-labels';
import { activeFormattingLocale } from './i18n';
import { CAUSE_FIX_WORDINGS } from './wordings/causes';
import { IMPORT_WORDINGS } from './wordings/import';
import { LIQUID_WORDINGS } from './wordings/liquid';
import { PREVIEW_WORDINGS } from './wordings/preview';
import { REQUEST_WORDINGS } from './wordings/request';
import { schemaWordings } from './wordings/schema';
import { num, str, type Wording } from './wordings/shared';
import { duration, fixLabel, TIME_WORDINGS } from './wordings/time';

/** A wall-clock `YYYY-MM-DDTHH:mm` as the active language writes it. */
const wall = (value: string | number | undefined) =>
  typeof value === 'string' ? formatWallClock(value.slice(0, 16), { locale: activeFormattingLocale() }) : '';

/** The schema's sentences by their English text (see wordings/schema.ts), built on first use. */
let schema: Record<string, () => string> | null = null;

/** A sentence of the draft schema in the active language (as is when the schema has no such sentence). */
export function schemaText(message: string): string {
  schema ??= schemaWordings();
  return schema[message]?.() ?? message;
}

/**
 * The sentence of each problem code core can give (problem-codes.test.ts keeps this complete), from the
 * issue's parameters.
 */
export const ISSUE_WORDINGS: Record<string, Wording> = {
  ...REQUEST_WORDINGS,
  ...LIQUID_WORDINGS,
  ...TIME_WORDINGS,
  ...PREVIEW_WORDINGS,
  'draft.field-invalid': (_, issue) => schemaText(issue.message),
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

/** The wording of `issue` when the interface words its code. */
export function wordingOf(issue: Issue): (() => string) | null {
  const word = ISSUE_WORDINGS[issue.code];
  return word ? () => word(issue.params ?? {}, issue) : null;
}

/** True when the interface words `issue` itself in every language. */
export function hasWording(issue: Issue): boolean {
  return wordingOf(issue) !== null;
}

/** A fix button's label in the active language. */
export const fixText = (fix: IssueFix): string => fixLabel(fix);

/**
 * The fix shown for a failure cause of an audience check, by its code; a code without its own fix sentence
 * is worded like the problem itself (core shows its first example's sentence there).
 */
export function causeFixText(code: string): string | null {
  const fix = CAUSE_FIX_WORDINGS[code];
  if (fix) return fix();
  const word = ISSUE_WORDINGS[code];
  return word ? word({}, { code, message: '', path: '', severity: 'error' }) : null;
}

/** Why the Braze import left a piece out (or what it noted), from core/import's code and values. */
export function importText(why: { code: string; params?: Record<string, string> }): string | null {
  return IMPORT_WORDINGS[why.code]?.(why.params ?? {}) ?? null;
}
