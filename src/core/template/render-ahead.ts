import type { Draft } from '../event';
import { escapeJsonText } from '../json';
import { LIMITS } from '../liquid';
import type { SampleUser } from '../sample-user';
import type { BrazeTemplate, RenderedRequest } from './types';

/** The text fields the body prints as they are (the event id gets the user id appended). */
const PLAIN_FIELDS = ['title', 'description', 'location'] as const;
type PlainField = (typeof PLAIN_FIELDS)[number];

const isPlainField = (key: string): key is PlainField => (PLAIN_FIELDS as readonly string[]).includes(key);

/** Whether `text` opens a Liquid tag anywhere: without one, Liquid prints the text as it is. */
const hasLiquid = (text: string) => text.includes('{{') || text.includes('{%');

/** Whether any text of the draft, options included, holds Liquid (which could read another field). */
function holdsLiquid(draft: Draft): boolean {
  const values = [...Object.values(draft), ...Object.values(draft.options)];
  return values.some((value) => typeof value === 'string' && hasLiquid(value));
}

function sameOptions(a: Draft['options'], b: Draft['options']): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key as keyof typeof a] === b[key as keyof typeof b]);
}

/** The one plain text field in which the drafts differ; null when they differ elsewhere too, or not at all. */
function onlyChangedField(a: Draft, b: Draft): PlainField | null {
  let changed: PlainField | null = null;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const [x, y] = [a[key as keyof Draft], b[key as keyof Draft]];
    if (x === y || (key === 'options' && sameOptions(a.options, b.options))) continue;
    if (changed !== null || !isPlainField(key)) return null;
    changed = key;
  }
  return changed;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `json` with `key` set to `text` where the body prints it (in `event`, or at the top of a flat update). */
function withValue(json: unknown, key: PlainField, was: string, text: string): unknown {
  if (!isObject(json)) return null;
  const event = json.event;
  if (isObject(event) && event[key] === was) return { ...json, event: { ...event, [key]: text } };
  if (!isObject(event) && json[key] === was) return { ...json, [key]: text };
  return null;
}

/**
 * Returns the rendering of `next.draft` (whose template is `next.template`) for the same user as `known`,
 * derived from `known.rendered` without rendering: only when the two drafts differ in nothing but the text of
 * the title, description or location and no text of either holds Liquid, so that the changed text is printed
 * as it is and nothing else can depend on it. The problems are those of `known`, not checked again. Null
 * whenever the rendering cannot be known this way.
 */
export function renderAhead(
  known: { draft: Draft; user: SampleUser; rendered: RenderedRequest },
  next: { draft: Draft; user: SampleUser; template: BrazeTemplate },
): RenderedRequest | null {
  const { draft, rendered } = known;
  const field = known.user === next.user ? onlyChangedField(draft, next.draft) : null;
  if (field === null || rendered.aborted || next.template.body.length > LIMITS.parseLimit) return null;
  if (holdsLiquid(draft) || holdsLiquid(next.draft)) return null;
  const text = next.draft[field];
  const json = withValue(rendered.json, field, draft[field], text);
  const printed = `"${field}": "${escapeJsonText(draft[field])}"`;
  const at = rendered.body.indexOf(printed);
  if (json === null || at < 0 || rendered.body.indexOf(printed, at + 1) >= 0) return null;
  const body =
    rendered.body.slice(0, at) +
    `"${field}": "${escapeJsonText(text)}"` +
    rendered.body.slice(at + printed.length);
  return { ...rendered, body, json };
}
