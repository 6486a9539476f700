import { t } from '@lingui/core/macro';
import { Controller } from 'react-hook-form';
import { addWallMinutes, wallMinutesBetween } from '../../core/timezones';
import { Field } from './field';
import { fieldAria, type FieldMessage } from './field-messages';
import { lazy, Suspense } from 'react';
import type { ComposerFormApi } from './use-composer-form';

interface DateTimeFieldProps {
  form: ComposerFormApi;
  name: 'start' | 'end';
  label: string;
  allDay: boolean;
  messages: FieldMessage[];
  hint?: string;
}

/** The date written in the interface's language: it loads after the first paint (it needs the date formatter). */
const WrittenDate = lazy(() => import('./written-date').then((m) => ({ default: m.WrittenDate })));

/** Every word of the repeated-time question, in one place. */
const TEXT = {
  which: (wall: string) => t`Which ${wall}?`,
  earlier: (offset: string) => t`The earlier one (${offset})`,
  later: (offset: string) => t`The later one (${offset})`,
};

/** The earlier/later question shown under a start or end that happens twice (a fall-back hour). */
function OccurrenceChoice({
  form,
  name,
  message,
}: {
  form: ComposerFormApi;
  name: 'start' | 'end';
  message: FieldMessage;
}) {
  const field = name === 'start' ? 'options.startOccurrence' : 'options.endOccurrence';
  const p = message.params ?? {};
  return (
    <fieldset className="composer-occurrence">
      <legend>{TEXT.which(String(p.wall ?? ''))}</legend>
      <label>
        <input type="radio" value="earlier" {...form.register(field)} />{' '}
        {TEXT.earlier(String(p.earlier ?? ''))}
      </label>
      <label>
        <input type="radio" value="later" {...form.register(field)} /> {TEXT.later(String(p.later ?? ''))}
      </label>
    </fieldset>
  );
}

/**
 * A start/end input storing 'YYYY-MM-DDTHH:mm'. For all-day events it shows a date-only input and
 * stores 00:00 (start) or 23:59 (end) so the day is covered. Moving the start moves the end with it,
 * keeping the event's length, as calendar apps do.
 */
export function DateTimeField({ form, name, label, allDay, messages, hint }: DateTimeFieldProps) {
  const id = `composer-${name}`;
  const dayTime = name === 'start' ? 'T00:00' : 'T23:59';
  const repeated = messages.find((m) => m.code === `draft.${name}-ambiguous`);
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
                const stored = allDay && next ? `${next}${dayTime}` : next;
                if (name === 'start') keepDuration(form, value, stored);
                field.onChange(stored);
              }}
              onBlur={field.onBlur}
              ref={field.ref}
              {...fieldAria(id, Boolean(hint), messages)}
            />
            <Suspense>
              <WrittenDate value={value} allDay={allDay} />
            </Suspense>
            {repeated ? <OccurrenceChoice form={form} name={name} message={repeated} /> : null}
          </Field>
        );
      }}
    />
  );
}

/** Moves the end by as much as the start moved, when both were valid times and the end was not before the start. */
function keepDuration(form: ComposerFormApi, previousStart: string, nextStart: string): void {
  const end = form.getValues('end');
  const length = typeof end === 'string' ? wallMinutesBetween(previousStart, end) : null;
  if (length === null || length < 0) return;
  const moved = addWallMinutes(nextStart, length);
  if (moved) form.setValue('end', moved, { shouldValidate: true, shouldDirty: true });
}
