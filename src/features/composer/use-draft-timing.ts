import { useMemo } from 'react';
import type { Draft, DraftTiming } from '../../core/event';

/** The draft's timing fields as one object that changes only when one of them does (not on every keystroke). */
export function useDraftTiming(draft: Draft): DraftTiming {
  const { start, end, allDay, timezone, notifyBefore } = draft;
  const { startOccurrence, endOccurrence } = draft.options;
  return useMemo(
    () => ({ start, end, allDay, timezone, notifyBefore, options: { startOccurrence, endOccurrence } }),
    [start, end, allDay, timezone, notifyBefore, startOccurrence, endOccurrence],
  );
}
