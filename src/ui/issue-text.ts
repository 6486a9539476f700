import { i18n } from './i18n/instance';
import type { Issue } from '../core/issues';

type WordingOf = (issue: Issue) => (() => string | null) | null;

/** The problem wordings, loaded with a language other than English (English shows core's own sentences). */
let wordingOf: WordingOf | null = null;

/** Loads the problem wordings (src/ui/issue-wordings.ts); the first paint in English goes without them. */
export async function loadIssueWordings(): Promise<void> {
  wordingOf ??= (await import('./issue-wordings')).wordingOf;
}

/**
 * A problem's sentence in the active language: English is core's own sentence; other languages word it
 * from its code and parameters, falling back to core's sentence for a code not worded yet.
 */
export function issueText(issue: Issue): string {
  if (i18n.locale === 'en' || !i18n.locale || !wordingOf) return issue.message;
  return wordingOf(issue)?.() ?? issue.message;
}
