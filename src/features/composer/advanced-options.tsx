import { Field } from './field';
import { fieldAria, type FieldMessage } from './field-messages';
import type { ComposerFormApi } from './use-composer-form';

type Messages = (field: string) => FieldMessage[];

const CHECKBOXES = [
  {
    name: 'options.appendUserId',
    label: 'Append the user id to the event id',
    hint: 'Sends eventId as <event id>_{{${user_id}}} so every subscriber gets their own event (Braze’s template does this).',
  },
  {
    name: 'options.abortWithoutSubscriptions',
    label: 'Skip users without a calendar subscription',
    hint: 'Stops the webhook (abort_message) for a user with no rokt:subscription_id instead of posting an empty list.',
  },
  {
    name: 'options.quoteNotifyBefore',
    label: 'Send notifyBefore as a quoted string',
    hint: 'Braze’s published template quotes it ("15"); Rokt documents a number. Leave off unless Rokt asks for it.',
  },
] as const;

/** The "Advanced" disclosure: body-shape and template options. */
export function AdvancedOptions({ form, messages }: { form: ComposerFormApi; messages: Messages }) {
  const shapeMessages = messages('options.updateShape');
  return (
    <details className="composer-advanced">
      <summary className="composer-advanced-summary">Advanced options</summary>
      <div className="composer-advanced-body">
        {CHECKBOXES.map((c) => {
          const id = `composer-${c.name.replace('.', '-')}`;
          const fieldMessages = messages(c.name);
          return (
            <Field key={c.name} id={id} label={c.label} hint={c.hint} messages={fieldMessages} inline>
              <input
                id={id}
                type="checkbox"
                className="composer-checkbox"
                {...form.register(c.name)}
                {...fieldAria(id, true, fieldMessages)}
              />
            </Field>
          );
        })}
        <fieldset
          className="composer-fieldset composer-field"
          aria-describedby="composer-update-shape-hint"
          aria-invalid={shapeMessages.some((m) => m.severity === 'error') || undefined}
        >
          <legend className="composer-label">Update body shape</legend>
          <div className="composer-radio-list">
            <label className="composer-radio">
              <input
                id="composer-update-shape-nested"
                type="radio"
                value="nested"
                {...form.register('options.updateShape')}
              />
              Nested: {'{ "event": { … } }'} (Braze’s guide, default)
            </label>
            <label className="composer-radio">
              <input type="radio" value="flat" {...form.register('options.updateShape')} />
              Flat: fields at the top level (Rokt’s reference)
            </label>
          </div>
          <p id="composer-update-shape-hint" className="composer-hint">
            Only used for Update event. Braze’s guide wraps fields in event; Rokt’s reference puts them at the
            top level. Rokt has not said which one it requires.
          </p>
          {shapeMessages.length > 0 ? (
            <ul className="composer-messages">
              {shapeMessages.map((m) => (
                <li key={m.text} className={`composer-message composer-message--${m.severity}`}>
                  {m.text}
                </li>
              ))}
            </ul>
          ) : null}
        </fieldset>
      </div>
    </details>
  );
}
