export { ComposerForm } from './composer-form';
export { useComposerForm, useDraftValues } from './use-composer-form';
export type { TimezoneSlotProps } from './types';
export { focusComposerField } from './focus-field';
