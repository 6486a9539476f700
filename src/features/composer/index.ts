export { ComposerForm } from './composer-form';
export { useComposerForm, useDraftValues, type ComposerFormApi } from './use-composer-form';
export type { ComposerFormProps, TimezoneSlotProps } from './types';
export { focusComposerField } from './focus-field';
