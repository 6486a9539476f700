export { ComposerForm } from './composer-form';
export { useComposerForm, useDeferredDraft } from './use-composer-form';
export type { TimezoneSlotProps } from './types';
export type { ComposerFormApi } from './use-composer-form';
export { focusComposerField } from './focus-field';
