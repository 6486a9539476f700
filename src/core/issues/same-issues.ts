import type { Issue } from './issue';

/**
 * True when two problem lists hold the same issues in the same order (what a screen showing them would draw).
 * Issues are plain data, so their JSON is compared; the same issue built with its keys in another order counts
 * as different, which costs a re-render and nothing else.
 */
export function sameIssues(a: readonly Issue[], b: readonly Issue[]): boolean {
  return a === b || (a.length === b.length && JSON.stringify(a) === JSON.stringify(b));
}
