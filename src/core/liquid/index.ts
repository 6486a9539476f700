export { renderBraze } from './render-braze';
export { LIMITS } from './limits';
export { previewConnectedContent } from './connected-content';
export type { RenderOptions, RenderResult } from './types';
export { prepareBraze } from './prepare-braze';
export type { PrepareOptions, PreparedBraze } from './prepare-braze';
export { positionOf } from './positions';
export { clearParseCache } from './engine';
