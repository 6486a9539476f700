export { DraftOptionsSchema, DraftSchema, WALL_CLOCK_PATTERN, defaultDraft } from './draft';
export type { Draft, DraftInput, DraftOptions, DraftTiming, EventMode } from './draft';
