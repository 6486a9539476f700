import { useMemo } from 'react';
import type { DraftTiming } from '../../core/event';
import type { Issue } from '../../core/issues';
import { hostIanaZone } from '../../core/timezones';
import { summarizeTimes, type TimeSummaryView } from './summarize-times';

/** The formatted time summary for the live draft, recomputed only when its inputs change. */
export function useTimeSummary(
  draft: DraftTiming,
  draftIssues: Issue[],
  zones: string[],
  now: Date,
): TimeSummaryView {
  return useMemo(
    () => summarizeTimes(draft, draftIssues, zones, now, hostIanaZone()),
    [draft, draftIssues, zones, now],
  );
}
