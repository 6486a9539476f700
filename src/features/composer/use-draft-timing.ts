import { useMemo } from 'react';
import type { Draft, DraftTiming } from '../../core/event';

/** The draft's timing fields as one object that changes only when one of them does (not on every keystroke). */
export function useDraftTiming(draft: Draft): DraftTiming {
  const { start, end, allDay, timezone, notifyBefore } = draft;
  return useMemo(
    () => ({ start, end, allDay, timezone, notifyBefore }),
    [start, end, allDay, timezone, notifyBefore],
  );
}
