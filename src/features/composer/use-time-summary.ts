import { useMemo } from 'react';
import type { Draft } from '../../core/event/draft';
import type { Issue } from '../../core/issues/issue';
import { summarizeTimes, type TimeSummaryView } from './summarize-times';

/** The browser's IANA zone ('UTC' when the runtime does not say). */
export function browserIanaZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The formatted time summary for the live draft, recomputed only when its inputs change. */
export function useTimeSummary(
  draft: Draft,
  draftIssues: Issue[],
  zones: string[],
  now: Date,
): TimeSummaryView {
  return useMemo(
    () => summarizeTimes(draft, draftIssues, zones, now, browserIanaZone()),
    [draft, draftIssues, zones, now],
  );
}
