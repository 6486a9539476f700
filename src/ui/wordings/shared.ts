import { t } from '@lingui/core/macro';
import { DRAFT_FIELD_OF_ROKT_KEY, type Issue } from '../../core/issues';
import { fieldLabel } from '../field-labels';

/** An issue's parameters, as core gives them. */
export type Params = NonNullable<Issue['params']>;

/** One problem code's sentence in the active language, from the issue's parameters (and its path, line…). */
export type Wording = (p: Params, issue: Issue) => string;

export const str = (p: Params, key: string) => String(p[key] ?? '');
export const num = (p: Params, key: string) => Number(p[key] ?? 0);

/** A field of Rokt's body named for a marketer: `Título (event.title)`, `subscriptionIds[1]`. */
export function bodyField(path: string): string {
  const key = path.split('.').pop() ?? path;
  const field = DRAFT_FIELD_OF_ROKT_KEY[key];
  if (field) return `${fieldLabel(field)} (${path})`;
  if (key.startsWith('subscriptionIds')) return t`Subscription ids (${path})`;
  if (key === 'event') return t`The event (event)`;
  return path === '' ? t`The body` : `"${path}"`;
}

/** Where in the request a template problem is: the URL, the body, a header. */
export function place(path: string): string {
  if (path === 'url') return t`the URL`;
  if (path === 'method') return t`the method`;
  if (path.startsWith('headers.')) {
    const name = path.slice('headers.'.length);
    return t`the ${name} header`;
  }
  return t`the body`;
}

/** A JSON value's type (core's `jsonTypeCode`) in words. */
export function typeName(code: string): string {
  switch (code) {
    case 'list':
      return t`a list`;
    case 'text':
      return t`text`;
    case 'number':
      return t`a number`;
    case 'object':
      return t`an object`;
    default:
      return code; // null, true, false: JSON's own words
  }
}
