import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DraftSchema } from '../core/event';
import type { Draft } from '../core/event';
import { SampleUserSchema } from '../core/sample-user';
import type { SampleUser } from '../core/sample-user';
import type { BrazeTemplate } from '../core/template';

/** Reads a text file; injectable so commands can be tested without touching the disk. */
export type ReadText = (path: string) => string;

/** Reads a UTF-8 file from disk. */
export const readTextFile: ReadText = (path) => readFileSync(path, 'utf8');

/** Unusable input (exit code 2); the message is the single stderr line. */
export class InputError extends Error {}

function readJson(path: string, what: string, readText: ReadText): unknown {
  let text: string;
  try {
    text = readText(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error);
    throw new InputError(`cannot read ${what} file "${path}": ${why}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${what} file "${path}" is not valid JSON: ${(error as Error).message}`);
  }
}

function firstIssue(what: string, path: string, error: z.core.$ZodError): InputError {
  const issue = error.issues[0];
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s))` : '';
  const field = issue && issue.path.length > 0 ? `field "${issue.path.join('.')}": ` : '';
  return new InputError(`${what} file "${path}": ${field}${issue?.message ?? 'invalid'}${more}`);
}

/** Reads and validates a Draft JSON file (DraftSchema input form). */
export function readDraft(path: string, readText: ReadText): Draft {
  const json = readJson(path, 'draft', readText);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new InputError(
      `draft file "${path}" must contain a JSON object with the draft fields (see --help)`,
    );
  }
  const parsed = DraftSchema.safeParse(json);
  if (!parsed.success) throw firstIssue('draft', path, parsed.error);
  return parsed.data;
}

const TemplateFileSchema = z.object({
  url: z.string({ error: 'url must be the webhook URL text' }),
  method: z
    .string()
    .default('POST')
    .refine((m) => m.toUpperCase() === 'POST', 'method must be "POST" (Rokt only accepts POST)'),
  headers: z
    .array(z.object({ name: z.string(), value: z.string() }), {
      error: 'headers must be a list of {"name", "value"} objects',
    })
    .default([]),
  body: z.string({ error: 'body must be the webhook body text' }),
});

/** Reads and validates a template JSON file `{url, method, headers: [{name, value}], body}`. */
export function readTemplate(path: string, readText: ReadText): BrazeTemplate {
  const parsed = TemplateFileSchema.safeParse(readJson(path, 'template', readText));
  if (!parsed.success) throw firstIssue('template', path, parsed.error);
  return { ...parsed.data, method: 'POST' };
}

/** Reads and validates a sample user JSON file. */
export function readUser(path: string, readText: ReadText): SampleUser {
  const parsed = SampleUserSchema.safeParse(readJson(path, 'user', readText));
  if (!parsed.success) throw firstIssue('user', path, parsed.error);
  return parsed.data;
}
