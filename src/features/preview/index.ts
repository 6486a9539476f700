export { usePreview } from './use-preview';
export type { PreviewState } from './use-preview';
export { AllUsersCheck, PreviewPane } from './lazy-views';
export { usePreviewRenderer } from './renderer-context';
export { getDefaultRenderer } from './default-renderer';
