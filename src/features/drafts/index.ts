export { DraftsMenu, type DraftsMenuProps } from './drafts-menu';
export { loadInitialDraft } from './load-initial-draft';
export { useAutosave } from './use-autosave';
