export * from './format';
export * from './migrate';
export * from './parse-drafts-file';
export * from './named-drafts';
export * from './drafts-store';
export * from './autosave-store';
export * from './export-file';
export { newDraftId } from './new-id';
