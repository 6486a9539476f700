export { DraftSchema, EXAMPLE_TEXTS, isDraftWallClock, defaultDraft, occurrenceOf } from './draft';
export type { Draft, DraftInput, DraftOptions, DraftTiming } from './draft';
export { MAX_EVENT_ID_LENGTH, MAX_NOTIFY_BEFORE_MINUTES } from './limits';
export { FIELD_LABELS } from './field-labels';
