import type { Draft } from '../event';
import type { Issue } from '../issues';
import { checkDefaultTexts } from './default-texts';
import { checkDraftFields } from './draft-fields';
import { validateDraft } from './validate-draft';

/**
 * Every problem of the draft itself (before any rendering): each field the schema rejects and the time
 * checks (unknown zone, end before start, clock changes, past events and reminders), and example texts left in.
 */
export function draftProblems(draft: Draft, now: Date = new Date()): Issue[] {
  return [...checkDraftFields(draft), ...validateDraft(draft, now), ...checkDefaultTexts(draft)];
}
