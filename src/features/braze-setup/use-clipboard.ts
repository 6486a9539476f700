import { t } from '@lingui/core/macro';
import { useCallback, useEffect, useRef, useState } from 'react';

/** The outcome of the last copy: which item, and whether the clipboard took it. */
export interface CopyResult {
  id: string;
  ok: boolean;
  message: string;
}

/** What to do when the clipboard refuses, in the active language. */
export const clipboardFallback = () =>
  t`Your browser did not let this page use the clipboard. Select the text and press Ctrl+C (⌘C on a Mac).`;

/**
 * Returns `copy(id, text, what)` writing `text` with navigator.clipboard.writeText and the last result
 * ("Copied …" or a fallback sentence when the clipboard is missing or refuses); the result clears after a while.
 */
export function useClipboard(clearAfterMs = 2500): {
  copy(id: string, text: string, what: string): Promise<void>;
  result: CopyResult | null;
} {
  const [result, setResult] = useState<CopyResult | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = useCallback(
    async (id: string, text: string, what: string) => {
      let next: CopyResult;
      try {
        if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
        await navigator.clipboard.writeText(text);
        next = { id, ok: true, message: t`Copied ${what} to the clipboard.` };
      } catch {
        next = { id, ok: false, message: clipboardFallback() };
      }
      setResult(next);
      clearTimeout(timer.current);
      if (next.ok) timer.current = setTimeout(() => setResult(null), clearAfterMs);
    },
    [clearAfterMs],
  );
  return { copy, result };
}
