import type { Issue } from './issue';

/** The one severity scale, most serious first: errors block copying and sending, warnings only inform. */
const SEVERITY_ORDER: readonly Issue['severity'][] = ['error', 'warning'];

const rank = (issue: Issue) => SEVERITY_ORDER.indexOf(issue.severity);

/**
 * Merges problem lists from every source into one list: the same problem (code, path and sentence) is kept
 * once, errors come before warnings, and otherwise the order of the sources is kept.
 */
export function mergeIssues(...lists: readonly Issue[][]): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const list of lists) {
    for (const issue of list) {
      const key = `${issue.code}\u0000${issue.path}\u0000${issue.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(issue);
    }
  }
  // Array.prototype.sort is stable, so issues of the same severity keep the order of their sources.
  return out.sort((a, b) => rank(a) - rank(b));
}

/** True when the list holds at least one error (something that blocks copying or sending). */
export function hasError(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
