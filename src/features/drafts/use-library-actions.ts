import { useState } from 'react';
import type { ActionDeps } from './library-actions';
import { ImportTracker } from './import-tracker';

/**
 * What the actions on saved drafts (library-actions.ts, loaded with the Drafts dialog and the notices) need,
 * plus the import tracker, which outlives the dialog.
 */
export function useLibraryActions(deps: Omit<ActionDeps, 'imports'>): {
  actionDeps: ActionDeps;
  imports: ImportTracker;
} {
  const [imports] = useState(() => new ImportTracker());
  return { actionDeps: { ...deps, imports }, imports };
}
