import { createContext, useContext } from 'react';
import type { IssueFix } from '../../core/issues';

/** Applies a one-click fix to the form; the composer provides it, field messages call it. */
export const ApplyFixContext = createContext<((fix: IssueFix) => void) | null>(null);

/** The fix-applying function of the surrounding composer (null outside one). */
export function useApplyFix(): ((fix: IssueFix) => void) | null {
  return useContext(ApplyFixContext);
}
