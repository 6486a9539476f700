import { plural, t } from '@lingui/core/macro';
import { useState } from 'react';
import { fieldLabel } from '../../ui/field-labels';
import { Controller } from 'react-hook-form';
import { MAX_NOTIFY_BEFORE_MINUTES } from '../../core/event';
import { Field } from './field';
import { fieldAria, type FieldMessage } from './field-messages';
import type { ComposerFormApi } from './use-composer-form';

/** Reminder presets, in minutes before the start. */
const REMINDER_PRESETS: { minutes: number }[] = [0, 5, 15, 30, 60, 1440].map((minutes) => ({
  minutes,
}));

/** A preset's name in the active language. */
function presetLabel(minutes: number): string {
  if (minutes === 0) return t`None (at the start)`;
  if (minutes % 1440 === 0) {
    const days = minutes / 1440;
    return plural(days, { one: '# day before', other: '# days before' });
  }
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return plural(hours, { one: '# hour before', other: '# hours before' });
  }
  return plural(minutes, { one: '# minute before', other: '# minutes before' });
}
const CUSTOM = 'custom';

const isPreset = (value: unknown) => REMINDER_PRESETS.some((p) => p.minutes === value);

/** The reminder: a preset select plus a minutes input revealed by "Custom…". */
export function ReminderField({ form, messages }: { form: ComposerFormApi; messages: FieldMessage[] }) {
  const [custom, setCustom] = useState(() => !isPreset(form.getValues('notifyBefore')));
  return (
    <Controller
      control={form.control}
      name="notifyBefore"
      render={({ field }) => {
        const value = field.value;
        const selectValue = custom || !isPreset(value) ? CUSTOM : String(value);
        return (
          <div className="composer-reminder">
            <Field
              id="composer-reminder"
              label={fieldLabel('notifyBefore')}
              messages={custom ? [] : messages}
            >
              <select
                id="composer-reminder"
                className="composer-select"
                value={selectValue}
                onChange={(e) => {
                  if (e.target.value === CUSTOM) {
                    setCustom(true);
                    return;
                  }
                  setCustom(false);
                  field.onChange(Number(e.target.value));
                }}
                onBlur={field.onBlur}
                {...fieldAria('composer-reminder', false, custom ? [] : messages)}
              >
                {REMINDER_PRESETS.map((p) => (
                  <option key={p.minutes} value={p.minutes}>
                    {presetLabel(p.minutes)}
                  </option>
                ))}
                <option value={CUSTOM}>{t`Custom…`}</option>
              </select>
            </Field>
            {selectValue === CUSTOM ? (
              <Field
                id="composer-reminder-minutes"
                label={t`Minutes before the start`}
                hint={t`Up to ${MAX_NOTIFY_BEFORE_MINUTES} (4 weeks).`}
                messages={messages}
              >
                <input
                  id="composer-reminder-minutes"
                  className="composer-input composer-input--short"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={MAX_NOTIFY_BEFORE_MINUTES}
                  step={1}
                  value={typeof value === 'number' && Number.isFinite(value) ? value : ''}
                  onChange={(e) =>
                    field.onChange(e.target.value === '' ? Number.NaN : e.target.valueAsNumber)
                  }
                  onBlur={field.onBlur}
                  ref={field.ref}
                  {...fieldAria('composer-reminder-minutes', true, messages)}
                />
              </Field>
            ) : null}
          </div>
        );
      }}
    />
  );
}
