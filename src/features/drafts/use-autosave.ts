import { useEffect, useRef } from 'react';
import { writeAutosave } from '../../core/drafts';
import type { Draft } from '../../core/event';
import { browserStorage } from './browser-storage';

const DELAY_MS = 300;

/** Saves the draft to localStorage ~300 ms after the last change, and at once when the page is hidden or left. */
export function useAutosave(draft: Draft): void {
  const pending = useRef<Draft | null>(null);
  useEffect(() => {
    pending.current = draft;
    const timer = setTimeout(() => {
      pending.current = null;
      writeAutosave(browserStorage(), draft);
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  useEffect(() => {
    const flush = () => {
      if (pending.current) writeAutosave(browserStorage(), pending.current);
      pending.current = null;
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);
}
