import { useLingui } from '@lingui/react/macro';
import { memo, useCallback, useEffect, useMemo, useState, type ComponentProps } from 'react';
import { Controller, useFormState } from 'react-hook-form';
import type { IssueFix } from '../../core/issues';
import { AdvancedOptions } from './advanced-options';
import { ApplyFixContext } from './apply-fix';
import { DateTimeField } from './date-time-field';
import { eventInstant } from './event-date';
import { Field } from './field';
import { fieldAria } from './field-messages';
import { ReminderField } from './reminder-field';
import { TextField } from './text-fields';
import { TimeSummary } from './time-summary';
import type { ComposerFormProps } from './types';
import { fieldLabel } from '../../ui/field-labels';
import { useAfterPaint } from '../../ui/use-after-paint';
import { useFormShape } from './use-composer-form';
import { useFieldMessages } from './use-field-messages';
import './composer.css';

/** Braze Liquid, the same in every language (the greeting around it is translated). */
const FIRST_NAME = '{{${first_name}}}';

/**
 * The event form: every field labelled, with its problems shown under it while the marketer types. It
 * re-renders when the problem list, the mode or a timing field changes, not on each keystroke in a text field
 * (the inputs are uncontrolled; workspace-renders.test.tsx counts this).
 */
export const ComposerForm = memo(function ComposerForm({
  form,
  timezonePicker,
  pickerLoad,
  issues,
  now: nowProp,
}: ComposerFormProps) {
  const { t } = useLingui();
  const [mountedAt] = useState(() => new Date());
  const now = nowProp ?? mountedAt;
  const { mode, timing } = useFormShape(form);
  const { messages, timeIssues } = useFieldMessages(form, issues);
  const eventDate = useMemo(
    () => eventInstant(timing.start, timing.timezone, now),
    [timing.start, timing.timezone, now],
  );

  // Show problems of a restored draft (autosaved, or opened/imported via form.reset) at once, not only
  // after the next keystroke: reset() replaces defaultValues, which re-runs this.
  const { defaultValues } = useFormState({ control: form.control });
  useEffect(() => {
    void form.trigger();
  }, [form, defaultValues]);

  const applyFix = useCallback(
    (fix: IssueFix) => {
      for (const key of ['start', 'end'] as const) {
        const value = fix.set[key];
        if (value !== undefined) form.setValue(key, value, { shouldValidate: true, shouldDirty: true });
      }
    },
    [form],
  );

  // The groups after the first are drawn once the first has been painted (they are below the fold on most
  // screens): on a slow laptop the first fields can be typed into sooner. The When group waits for the picker's
  // code too (briefly), so that its Timezone field is drawn ready at once rather than replaced a render later;
  // the Braze group comes a frame after it.
  const rest = useAfterPaint(pickerLoad);
  const tzMessages = messages('timezone');
  const allDayMessages = messages('allDay');
  return (
    <ApplyFixContext.Provider value={applyFix}>
      <form className="composer" noValidate onSubmit={(e) => e.preventDefault()} aria-label={t`Event`}>
        <fieldset className="composer-group">
          <legend className="composer-group-title">{t`Event`}</legend>
          <div className="composer-field">
            <span className="composer-label" id="composer-mode-label">
              {fieldLabel('mode')}
            </span>
            <div className="composer-segmented" role="radiogroup" aria-labelledby="composer-mode-label">
              <label className="composer-segment">
                <input id="composer-mode-create" type="radio" value="create" {...form.register('mode')} />
                <span>{t`New event`}</span>
              </label>
              <label className="composer-segment">
                <input type="radio" value="update" {...form.register('mode')} />
                <span>{t`Update event`}</span>
              </label>
            </div>
          </div>
          <TextField
            form={form}
            name="eventId"
            label={fieldLabel('eventId')}
            hint={
              mode === 'update'
                ? t`Use the id of the event you are updating (Rokt matches on it).`
                : t`A unique id you choose, e.g. summer_sale_2026.`
            }
            messages={messages('eventId')}
          />
          <TextField
            form={form}
            name="title"
            label={fieldLabel('title')}
            hint={t`Shown in the calendar. Braze Liquid works here, e.g. Hi ${FIRST_NAME}.`}
            messages={messages('title')}
          />
          <TextField
            form={form}
            name="description"
            label={fieldLabel('description')}
            hint={t`Optional. Line breaks are kept.`}
            messages={messages('description')}
            multiline
          />
          <TextField
            form={form}
            name="location"
            label={fieldLabel('location')}
            hint={t`Optional: an address or a link (often a second call to action).`}
            messages={messages('location')}
          />
        </fieldset>

        {rest && (
          <>
            <fieldset className="composer-group">
              <legend className="composer-group-title">{t`When`}</legend>
              <div className="composer-row">
                <DateTimeField
                  form={form}
                  name="start"
                  label={fieldLabel('start')}
                  allDay={timing.allDay}
                  messages={messages('start')}
                />
                <DateTimeField
                  form={form}
                  name="end"
                  label={fieldLabel('end')}
                  allDay={timing.allDay}
                  messages={messages('end')}
                />
              </div>
              <Field id="composer-allDay" label={fieldLabel('allDay')} messages={allDayMessages} inline>
                <input
                  id="composer-allDay"
                  type="checkbox"
                  className="composer-checkbox"
                  {...form.register('allDay')}
                  {...fieldAria('composer-allDay', false, allDayMessages)}
                />
              </Field>
              <Controller
                control={form.control}
                name="timezone"
                render={({ field }) => (
                  <Field
                    id="composer-timezone"
                    label={fieldLabel('timezone')}
                    hint={t`Start and end are wall-clock times in this zone. Rokt needs a Windows timezone id.`}
                    messages={tzMessages}
                  >
                    {timezonePicker({
                      id: 'composer-timezone',
                      value: typeof field.value === 'string' ? field.value : '',
                      onChange: field.onChange,
                      onBlur: field.onBlur,
                      eventDate,
                      invalid: tzMessages.some((m) => m.severity === 'error'),
                      describedBy: fieldAria('composer-timezone', true, tzMessages)['aria-describedby'],
                    })}
                  </Field>
                )}
              />
              <ReminderField form={form} messages={messages('notifyBefore')} />
              <TimeSummary
                draft={timing}
                draftIssues={timeIssues}
                now={now}
                eventDate={eventDate}
                timezonePicker={timezonePicker}
              />
            </fieldset>

            <BrazeGroup form={form} messages={messages} />
          </>
        )}
      </form>
    </ApplyFixContext.Provider>
  );
});

/** The Braze group, drawn once the When group above it has been painted: the Timezone field is reached first. */
function BrazeGroup({ form, messages }: ComponentProps<typeof AdvancedOptions>) {
  const { t } = useLingui();
  return useAfterPaint() ? (
    <fieldset className="composer-group">
      <legend className="composer-group-title">Braze</legend>
      <TextField
        form={form}
        name="credentialName"
        label={fieldLabel('credentialName')}
        hint={t`The Connected Content credential in Braze that holds your Rokt client id and secret.`}
        messages={messages('credentialName')}
      />
      <AdvancedOptions form={form} messages={messages} />
    </fieldset>
  ) : null;
}
