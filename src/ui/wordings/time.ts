import { plural, t } from '@lingui/core/macro';
import type { IssueFix } from '../../core/issues';
import { fieldLabel } from '../field-labels';
import { num, str, type Wording } from './shared';

/** Minutes as the active language says them: `15 minutos`, `2 horas`, `1 día`. */
export function duration(minutes: number): string {
  const m = Math.round(Math.abs(minutes));
  if (m >= 60 && m % 1440 === 0) {
    const days = m / 1440;
    return plural(days, { one: '# day', other: '# days' });
  }
  if (m >= 60 && m % 60 === 0) {
    const hours = m / 60;
    return plural(hours, { one: '# hour', other: '# hours' });
  }
  if (m < 120) return plural(m, { one: '# minute', other: '# minutes' });
  if (m < 48 * 60) {
    const hours = Math.round(m / 60);
    return plural(hours, { one: '# hour', other: '# hours' });
  }
  const days = Math.round(m / 1440);
  return plural(days, { one: '# day', other: '# days' });
}

const key = (code: string): 'start' | 'end' => (code.startsWith('draft.end') ? 'end' : 'start');

const nonexistent: Wording = (p, issue) => {
  const field = fieldLabel(key(issue.code));
  const wall = str(p, 'wall');
  const zone = str(p, 'zone');
  const from = str(p, 'from');
  const to = str(p, 'to');
  const before = str(p, 'offsetBefore');
  const after = str(p, 'offsetAfter');
  return from
    ? t`${field} ${wall} does not exist in ${zone}: clocks jump from ${from} to ${to} that night (${before} to ${after}). Calendars cannot show it; pick a time outside the gap or one of the fixes.`
    : t`${field} ${wall} does not exist in ${zone}: the clocks skip it. Calendars cannot show it; pick a time outside the gap or one of the fixes.`;
};

const ambiguous: Wording = (p, issue) => {
  const field = fieldLabel(key(issue.code));
  const day = str(p, 'day') || str(p, 'wall');
  const wall = str(p, 'wall');
  const zone = str(p, 'zone');
  const from = str(p, 'from');
  const to = str(p, 'to');
  const earlier = str(p, 'earlier');
  const later = str(p, 'later');
  const back = from
    ? t`clocks go back from ${from} to ${to} that night, so it can be ${earlier} or ${later}.`
    : '';
  return p.chosen === 'later'
    ? t`${field} ${day} happens twice in ${zone}: ${back} Using the later one (${later}) as you chose; Rokt receives ${wall} without an offset, and calendars that follow RFC 5545 may show the earlier one.`
    : t`${field} ${day} happens twice in ${zone}: ${back} Using the earlier one (${earlier}), as calendar apps and RFC 5545 do.`;
};

/** The wordings of the clock-change problems of the event's times. */
export const TIME_WORDINGS: Record<string, Wording> = {
  'draft.start-nonexistent': nonexistent,
  'draft.end-nonexistent': nonexistent,
  'draft.start-ambiguous': ambiguous,
  'draft.end-ambiguous': ambiguous,
  'draft.duration-differs': (p) => {
    const real = duration(num(p, 'realMinutes'));
    const wall = duration(num(p, 'wallMinutes'));
    const at = str(p, 'at');
    if (p.dir === 'back')
      return t`The event lasts ${real}, not the ${wall} its clock times suggest, because clocks go back at ${at} that night. Check the end.`;
    if (p.dir === 'forward')
      return t`The event lasts ${real}, not the ${wall} its clock times suggest, because clocks jump forward at ${at} that night. Check the end.`;
    return t`The event lasts ${real}, not the ${wall} its clock times suggest. Check the end.`;
  },
};

/** A clock-change fix's button label in the active language (core's English label when it has no parameters). */
export function fixLabel(fix: IssueFix): string {
  const p = fix.params;
  if (!p) return fix.label;
  const start = p.start ?? '';
  const end = p.end ?? '';
  const kept = p.minutes === undefined ? '' : duration(p.minutes);
  if (fix.code === 'keep-duration') {
    return p.start ? t`Start at ${start}, end at ${end} (keeps ${kept})` : t`End at ${end} (keeps ${kept})`;
  }
  return p.start ? t`Start at ${start}` : t`End at ${end}`;
}
