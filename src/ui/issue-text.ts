import { i18n } from './i18n/instance';
import type { Issue, IssueFix } from '../core/issues';
import type * as IssueWordings from './issue-wordings';

type Wordings = typeof IssueWordings;

/** The problem wordings, loaded with a language other than English (English shows core's own sentences). */
let wordings: Wordings | null = null;

/** Loads the problem wordings (src/ui/issue-wordings.ts); the first paint in English goes without them. */
export async function loadIssueWordings(): Promise<void> {
  wordings ??= await import('./issue-wordings');
}

/** The wordings when the active language is not the code's own (English), else null. */
const active = (): Wordings | null => (i18n.locale === 'en' || !i18n.locale ? null : wordings);

/**
 * A problem's sentence in the active language: English is core's own sentence; other languages word it
 * from its code and parameters (every code core gives has a wording: problem-codes.test.ts).
 */
export function issueText(issue: Issue): string {
  return active()?.wordingOf(issue)?.() ?? issue.message;
}

/** A one-click fix's button label in the active language. */
export function fixText(fix: IssueFix): string {
  return active()?.fixText(fix) ?? fix.label;
}

/** A sentence of the draft schema (a field's validation message) in the active language. */
export function schemaText(message: string): string {
  return active()?.schemaText(message) ?? message;
}

/** The fix sentence of an audience check's failure cause in the active language (core's `fix` in English). */
export function causeFixText(code: string, fix: string): string {
  return active()?.causeFixText(code) ?? fix;
}

/** Why the Braze import left a piece out (or what it noted) in the active language (core's sentence in English). */
export function importText(why: { code: string; params?: Record<string, string> }, english: string): string {
  return active()?.importText(why) ?? english;
}
