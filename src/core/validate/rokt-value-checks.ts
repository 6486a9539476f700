import type { Issue } from '../issues';
import { describeJsonType, errorIssue, jsonTypeCode, warningIssue, withParams } from './issue-helpers';
import { QUOTED_NUMBER_PATTERN } from './rokt-schemas';
import { label } from './rokt-fields';
import { checkWallClock, wallClockProblem } from './rokt-date-time-check';

/** Checks a required text field; returns its value, or null after reporting why it is missing or wrong. */
export function requiredText(
  event: Record<string, unknown>,
  prefix: string,
  key: string,
  out: Issue[],
): string | null {
  const value = event[key];
  const path = `${prefix}${key}`;
  if (value === undefined || value === null) {
    out.push(
      withParams(
        errorIssue(
          'rokt.required',
          path,
          `${label(prefix, key)} is missing: Rokt requires it. Add "${key}" to the event.`,
        ),
        { v: 'missing', key },
      ),
    );
    return null;
  }
  if (typeof value !== 'string') {
    out.push(
      withParams(
        errorIssue(
          'rokt.type',
          path,
          `${label(prefix, key)} must be text in double quotes, not ${describeJsonType(value)}.`,
        ),
        { expected: 'text', got: jsonTypeCode(value) },
      ),
    );
    return null;
  }
  if (value.trim() === '') {
    out.push(
      withParams(
        errorIssue(
          'rokt.required',
          path,
          `${label(prefix, key)} is empty: Rokt requires a value. Check the Liquid that fills it for this user.`,
        ),
        { v: 'empty', key },
      ),
    );
    return null;
  }
  return value;
}

/** Checks an optional text field is text when present. */
export function optionalText(
  event: Record<string, unknown>,
  prefix: string,
  key: string,
  out: Issue[],
): void {
  const value = event[key];
  if (value === undefined || value === null || typeof value === 'string') return;
  out.push(
    withParams(
      errorIssue(
        'rokt.type',
        `${prefix}${key}`,
        `${label(prefix, key)} must be text in double quotes, not ${describeJsonType(value)}.`,
      ),
      { expected: 'text', got: jsonTypeCode(value) },
    ),
  );
}

/** Checks a Rokt wall-clock date-time; returns its sortable key, or null after reporting the problem. */
export function dateTime(value: unknown, prefix: string, key: string, out: Issue[]): string | null {
  if (typeof value !== 'string') {
    out.push(
      withParams(
        errorIssue(
          'rokt.type',
          `${prefix}${key}`,
          `${label(prefix, key)} must be a date-time in double quotes, like "2019-02-21T15:00:00", not ${describeJsonType(value)}.`,
        ),
        { expected: 'datetime', got: jsonTypeCode(value) },
      ),
    );
    return null;
  }
  const check = checkWallClock(value);
  if (check.ok) return check.key;
  const code = check.reason === 'offset' ? 'rokt.datetime-offset' : 'rokt.datetime-format';
  out.push(
    withParams(
      errorIssue(code, `${prefix}${key}`, wallClockProblem(label(prefix, key), value, check.reason)),
      {
        reason: check.reason,
        value,
      },
    ),
  );
  return null;
}

/** Checks the reminder: a non-negative number of minutes (quoted numbers only warrant a warning). */
export function notifyBefore(value: unknown, path: string, out: Issue[]): void {
  const name = `Reminder (${path})`;
  let minutes: number;
  if (typeof value === 'number') {
    minutes = value;
  } else if (typeof value === 'string' && QUOTED_NUMBER_PATTERN.test(value)) {
    minutes = Number(value);
    out.push(
      withParams(
        warningIssue(
          'rokt.notify-before-quoted',
          path,
          `${name} is sent as text ("${value}"). Braze's template quotes it, but Rokt types it as a number: remove the quotes, "notifyBefore": ${value.trim()}.`,
        ),
        { value, minutes: value.trim() },
      ),
    );
  } else {
    const shown = typeof value === 'string' ? `"${value}"` : describeJsonType(value);
    out.push(
      withParams(
        errorIssue('rokt.type', path, `${name} must be a number of minutes, like 15, not ${shown}.`),
        {
          expected: 'minutes',
          got: jsonTypeCode(value),
          ...(typeof value === 'string' ? { value } : {}),
        },
      ),
    );
    return;
  }
  if (minutes < 0) {
    out.push(
      withParams(
        errorIssue(
          'rokt.notify-before-negative',
          path,
          `${name} is ${minutes}: it must be 0 or more minutes before the start.`,
        ),
        { minutes },
      ),
    );
  } else if (!Number.isInteger(minutes)) {
    out.push(
      withParams(
        warningIssue(
          'rokt.notify-before-fraction',
          path,
          `${name} is ${minutes}: use a whole number of minutes.`,
        ),
        { minutes },
      ),
    );
  }
}
