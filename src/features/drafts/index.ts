export { DraftsMenu } from './lazy-menu';
export type { DraftsMenuProps } from './drafts-menu';
export { loadInitialDraft } from './load-initial-draft';
export { useAutosave } from './use-autosave';
