import { useEffect, useRef } from 'react';
import type { WorkingCopy, WriteResult } from '../../core/drafts';
import { backUpWorkingCopy } from './starting-copy';

const DELAY_MS = 300;

/**
 * Keeps the working copy in storage ~300 ms after the last change and at once when the page is hidden,
 * reporting each write's outcome (so a full storage is shown, not hidden).
 */
export function useBackup(copy: WorkingCopy, onResult: (result: WriteResult) => void): void {
  const pending = useRef<WorkingCopy | null>(null);
  const report = useRef(onResult);
  useEffect(() => {
    report.current = onResult;
  });
  useEffect(() => {
    pending.current = copy;
    const timer = setTimeout(() => {
      pending.current = null;
      report.current(backUpWorkingCopy(copy));
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [copy]);

  useEffect(() => {
    const flush = () => {
      if (pending.current) backUpWorkingCopy(pending.current);
      pending.current = null;
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);
}
