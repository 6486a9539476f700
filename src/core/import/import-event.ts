import type { Draft } from '../event';
import { parseWallText, wallMinuteText } from '../timezones';
import { ROKT_EVENT_FIELDS } from '../validate';
import { draftAllDayEnd } from '../template';
import type { ImportContext } from './import-context';
import { resolveString } from './resolve-value';
import type { Capture } from './resolve-value';
import type { BodyValue } from './braze-body-reader';

type TextField = 'eventId' | 'title' | 'description' | 'location' | 'start' | 'end' | 'timezone';
const TEXT_FIELDS: readonly TextField[] = [
  'eventId',
  'title',
  'description',
  'location',
  'start',
  'end',
  'timezone',
];
const USER_ID_SUFFIX = /_\{\{-?\s*\$\{user_id\}\s*(\|\s*json_escape\s*)?-?\}\}$/;
const KNOWN_KEYS = new Set<string>(ROKT_EVENT_FIELDS);

const shown = (v: BodyValue) => (v.kind === 'string' ? `"${v.raw}"` : v.kind === 'object' ? '{…}' : v.raw);

/** Drops zero seconds so `2019-02-21T15:00:00` reads as the form's `2019-02-21T15:00`; other text is kept. */
function wallClock(text: string): string {
  const parts = parseWallText(text);
  const zeroSeconds = parts?.precision === 'second' && parts.second === 0 && parts.fraction === '';
  return parts && zeroSeconds ? wallMinuteText(parts) : text;
}

/** Fills the draft from the entries of the event object (nested `event` or the flat top level). */
export function importEventFields(
  entries: { key: string; value: BodyValue }[],
  captures: Map<string, Capture>,
  used: Set<string>,
  ctx: ImportContext,
  where: string,
): void {
  const byKey = new Map(entries.map((e) => [e.key, e.value]));
  for (const { key, value } of entries) {
    if (!KNOWN_KEYS.has(key))
      ctx.skip(`${where}${key}`, shown(value), 'The composer does not edit this field; it is left out.', {
        code: 'field-not-edited',
      });
  }
  const allDay = byKey.get('allDayEvent');
  if (allDay) importAllDay(allDay, captures, used, ctx, where);
  for (const field of TEXT_FIELDS) {
    const value = byKey.get(field);
    if (!value) continue;
    if (value.kind !== 'string') {
      ctx.skip(`${where}${field}`, shown(value), 'Expected a quoted text value; set this field yourself.', {
        code: 'not-text',
      });
      continue;
    }
    let raw = value.raw;
    if (field === 'eventId') {
      ctx.draft.options.appendUserId = USER_ID_SUFFIX.test(raw);
      ctx.map('options.appendUserId');
      raw = raw.replace(USER_ID_SUFFIX, '');
    }
    setText(ctx.draft, field, resolveString(raw, captures, used));
    ctx.map(field);
  }
  const notify = byKey.get('notifyBefore');
  if (notify) importNotifyBefore(notify, captures, used, ctx, where);
}

function setText(draft: Draft, field: TextField, text: string): void {
  if (field === 'start') draft.start = wallClock(text);
  else if (field === 'end') draft.end = draft.allDay ? draftAllDayEnd(text) : wallClock(text);
  else draft[field] = text;
}

function importAllDay(
  v: BodyValue,
  captures: Map<string, Capture>,
  used: Set<string>,
  ctx: ImportContext,
  where: string,
): void {
  const text = v.kind === 'string' ? resolveString(v.raw, captures, used).trim().toLowerCase() : shown(v);
  if (text === 'true' || text === 'false') {
    ctx.draft.allDay = text === 'true';
    ctx.map('allDay');
  } else ctx.skip(`${where}allDayEvent`, shown(v), 'allDayEvent must be true or false.', { code: 'all-day' });
}

function importNotifyBefore(
  v: BodyValue,
  captures: Map<string, Capture>,
  used: Set<string>,
  ctx: ImportContext,
  where: string,
): void {
  const quoted = v.kind === 'string';
  const text = v.kind === 'string' ? resolveString(v.raw, captures, used).trim() : shown(v);
  if (!/^\d+$/.test(text)) {
    ctx.skip(
      `${where}notifyBefore`,
      shown(v),
      'The reminder must be a whole number of minutes; set it yourself.',
      { code: 'reminder' },
    );
    return;
  }
  ctx.draft.notifyBefore = Number(text);
  ctx.draft.options.quoteNotifyBefore = quoted;
  ctx.map('notifyBefore');
  ctx.map('options.quoteNotifyBefore');
}
