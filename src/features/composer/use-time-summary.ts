import { useMemo } from 'react';
import type { DraftTiming } from '../../core/event/draft';
import type { Issue } from '../../core/issues/issue';
import { summarizeTimes, type TimeSummaryView } from './summarize-times';

let browserZone: string | undefined;

/** The browser's IANA zone ('UTC' when the runtime does not say), read once: creating a formatter is slow. */
export function browserIanaZone(): string {
  if (browserZone === undefined) {
    try {
      browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    } catch {
      browserZone = 'UTC';
    }
  }
  return browserZone;
}

/** The formatted time summary for the live draft, recomputed only when its inputs change. */
export function useTimeSummary(
  draft: DraftTiming,
  draftIssues: Issue[],
  zones: string[],
  now: Date,
): TimeSummaryView {
  return useMemo(
    () => summarizeTimes(draft, draftIssues, zones, now, browserIanaZone()),
    [draft, draftIssues, zones, now],
  );
}
