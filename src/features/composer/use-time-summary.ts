import { useMemo } from 'react';
import type { DraftTiming } from '../../core/event';
import type { Issue } from '../../core/issues';
import { hostIanaZone } from '../../core/timezones';
import { summarizeTimes, withTimeChecks, type TimeSummaryView } from './summarize-times';
import { useLocale } from '../../ui/i18n';

const NO_ISSUES: Issue[] = [];

/**
 * The formatted time summary for the live draft. The formatting (many Intl calls) is redone only when the
 * timing, the zones or `now` change; a new problem list only changes the warnings it lists.
 */
export function useTimeSummary(
  draft: DraftTiming,
  draftIssues: Issue[],
  zones: string[],
  now: Date,
): TimeSummaryView {
  // Worded in the active language: built again on a switch.
  const { locale } = useLocale();
  const view = useMemo(
    () => summarizeTimes(draft, NO_ISSUES, zones, now, hostIanaZone(), locale),
    [draft, zones, now, locale],
  );
  return useMemo(() => withTimeChecks(view, draftIssues), [view, draftIssues]);
}
