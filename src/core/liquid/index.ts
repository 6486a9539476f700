export { renderBraze } from './render-braze';
export { parseBraze } from './engine';
export { LIMITS } from './limits';
export type { ParsedBraze } from './engine';
export { previewConnectedContent, splitConnectedContentArgs } from './connected-content';
export { jsonEscape } from './filters/json';
export { rewriteBraze } from './rewrite';
export type { Rewritten } from './rewrite';
export { EMAIL_LIST_LINKS, PREVIEW_CAMPAIGN, PREVIEW_CANVAS, previewEmailListLink } from './scope';
export type {
  ConnectedContentCall,
  ConnectedContentResolver,
  LiquidProblem,
  RenderOptions,
  RenderResult,
} from './types';
export { prepareBraze } from './prepare-braze';
export type { PrepareOptions, PreparedBraze } from './prepare-braze';
export { positionOf } from './positions';
