export { usePreview } from './use-preview';
export type { PreviewState } from './use-preview';
export { PreviewPane } from './preview-pane';
export { AllUsersCheck } from './all-users-check';
export { usePreviewRenderer } from './renderer-context';
