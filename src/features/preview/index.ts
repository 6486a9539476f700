export { usePreview } from './use-preview';
export type { PreviewState } from './use-preview';
export { PreviewPane } from './preview-pane';
export { AllUsersCheck } from './all-users-check';
export { PreviewRendererProvider, usePreviewRenderer } from './renderer-context';
export { createInProcessRenderer } from './renderer';
export type { PreviewRenderer, RenderFunction } from './renderer';
export { getDefaultRenderer } from './default-renderer';
