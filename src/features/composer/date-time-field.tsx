import { Controller } from 'react-hook-form';
import { Field } from './field';
import { fieldAria, type FieldMessage } from './field-messages';
import type { ComposerFormApi } from './use-composer-form';

interface DateTimeFieldProps {
  form: ComposerFormApi;
  name: 'start' | 'end';
  label: string;
  allDay: boolean;
  messages: FieldMessage[];
  hint?: string;
}

/**
 * A start/end input storing 'YYYY-MM-DDTHH:mm'. For all-day events it shows a date-only input and
 * stores 00:00 (start) or 23:59 (end) so the day is covered.
 */
export function DateTimeField({ form, name, label, allDay, messages, hint }: DateTimeFieldProps) {
  const id = `composer-${name}`;
  const dayTime = name === 'start' ? 'T00:00' : 'T23:59';
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => {
        const value = typeof field.value === 'string' ? field.value : '';
        return (
          <Field id={id} label={label} hint={hint} messages={messages}>
            <input
              id={id}
              className="composer-input"
              type={allDay ? 'date' : 'datetime-local'}
              value={allDay ? value.slice(0, 10) : value.slice(0, 16)}
              onChange={(e) => {
                const next = e.target.value;
                field.onChange(allDay && next ? `${next}${dayTime}` : next);
              }}
              onBlur={field.onBlur}
              ref={field.ref}
              {...fieldAria(id, Boolean(hint), messages)}
            />
          </Field>
        );
      }}
    />
  );
}
