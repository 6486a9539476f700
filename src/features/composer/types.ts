import type { ReactNode } from 'react';
import type { Issue } from '../../core/issues';
import type { ComposerFormApi } from './use-composer-form';

/** What the composer hands to the timezone slot (the app renders the TimezonePicker there). */
export interface TimezoneSlotProps {
  id: string;
  value: string;
  onChange(id: string): void;
  onBlur(): void;
  eventDate: Date;
  invalid: boolean;
  describedBy?: string;
}

/** Props of ComposerForm. `now` is for tests and screenshots; it defaults to the current time. */
export interface ComposerFormProps {
  form: ComposerFormApi;
  timezonePicker: (props: TimezoneSlotProps) => ReactNode;
  /** The timezone picker's code loading: the groups below the first wait for it briefly (see ComposerForm). */
  pickerLoad?: Promise<unknown>;
  /** The one merged problem list (draft fields, time checks, Liquid, the rendering): each shows under its field. */
  issues: Issue[];
  now?: Date;
}
