export { useDeferredPreviewState, usePreviewSession } from './use-preview';
export type { PreviewState } from './use-preview';
export { AllUsersCheck, LivePreviewPane } from './lazy-views';
export { usePreviewRenderer } from './renderer-context';
export { getDefaultRenderer } from './default-renderer';
