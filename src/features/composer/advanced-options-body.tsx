import { t } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { fieldLabel } from '../../ui/field-labels';
import { Field } from './field';
import { fieldAria, type FieldMessage } from './field-messages';
import type { ComposerFormApi } from './use-composer-form';

type Messages = (field: string) => FieldMessage[];

const CHECKBOXES = [
  'options.appendUserId',
  'options.abortWithoutSubscriptions',
  'options.quoteNotifyBefore',
] as const;

/** The Liquid the first option appends, the same in every language. */
const USER_ID_SUFFIX = '_{{${user_id}}}';

/** Each option's hint in the active language. */
function hint(name: (typeof CHECKBOXES)[number]): string {
  switch (name) {
    case 'options.appendUserId':
      return t`Sends eventId as <event id>${USER_ID_SUFFIX} so every subscriber gets their own event (Braze’s template does this).`;
    case 'options.abortWithoutSubscriptions':
      return t`Stops the webhook (abort_message) for a user with no rokt:subscription_id instead of posting an empty list.`;
    case 'options.quoteNotifyBefore':
      return t`Braze’s published template quotes it ("15"); Rokt documents a number. Leave off unless Rokt asks for it.`;
  }
}

/** The nested body's shape, the same in every language. */
const NESTED_SHAPE = '{ "event": { … } }';

/** The inside of the "Advanced" disclosure: body-shape and template options (loaded after the form is drawn). */
export function AdvancedOptionsBody({ form, messages }: { form: ComposerFormApi; messages: Messages }) {
  const { t } = useLingui();
  const shapeMessages = messages('options.updateShape');
  return (
    <div className="composer-advanced-body">
      {CHECKBOXES.map((name) => {
        const id = `composer-${name.replace('.', '-')}`;
        const fieldMessages = messages(name);
        return (
          <Field
            key={name}
            id={id}
            label={fieldLabel(name)}
            hint={hint(name)}
            messages={fieldMessages}
            inline
          >
            <input
              id={id}
              type="checkbox"
              className="composer-checkbox"
              {...form.register(name)}
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
        <legend className="composer-label">{fieldLabel('options.updateShape')}</legend>
        <div className="composer-radio-list">
          <label className="composer-radio">
            <input
              id="composer-update-shape-nested"
              type="radio"
              value="nested"
              {...form.register('options.updateShape')}
            />
            {t`Nested: ${NESTED_SHAPE} (Braze’s guide, default)`}
          </label>
          <label className="composer-radio">
            <input type="radio" value="flat" {...form.register('options.updateShape')} />
            {t`Flat: fields at the top level (Rokt’s reference)`}
          </label>
        </div>
        <p id="composer-update-shape-hint" className="composer-hint">
          {t`Only used for Update event. Braze’s guide wraps fields in event; Rokt’s reference puts them at the top level. Rokt has not said which one it requires.`}
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
  );
}
