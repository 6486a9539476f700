import type { Issue, IssueField } from '../issues';

/** Builds an error Issue. */
export function errorIssue(code: string, path: string, message: string, field: IssueField = 'body'): Issue {
  return { code, path, message, severity: 'error', field };
}

/** `issue` with the values its sentence is built from, so that the interface can word it in another language. */
export function withParams(issue: Issue, params: NonNullable<Issue['params']>): Issue {
  return { ...issue, params };
}

/** Builds a warning Issue. */
export function warningIssue(code: string, path: string, message: string, field: IssueField = 'body'): Issue {
  return { code, path, message, severity: 'warning', field };
}

/** True for a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON value's type as a code the interface words in any language: `null`, `list`, `text`, `number`, `true`, `false`, `object`. */
export function jsonTypeCode(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return `${value}`;
  return 'object';
}

/** Describes a JSON value's type in marketer words: "text", "a number", "a list"… */
export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return `${value}`;
  return 'an object';
}
