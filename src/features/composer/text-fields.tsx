import { Field } from './field';
import { fieldAria, type FieldMessage } from './field-messages';
import type { ComposerFormApi } from './use-composer-form';

type TextName = 'eventId' | 'title' | 'description' | 'location' | 'credentialName';

interface TextFieldProps {
  form: ComposerFormApi;
  name: TextName;
  label: string;
  hint?: string;
  messages: FieldMessage[];
  multiline?: boolean;
  placeholder?: string;
}

/** A registered text input (or textarea) with label, hint and messages. */
export function TextField({ form, name, label, hint, messages, multiline, placeholder }: TextFieldProps) {
  const id = `composer-${name}`;
  const common = {
    id,
    placeholder,
    spellCheck: name === 'title' || name === 'description' || name === 'location',
    ...form.register(name),
    ...fieldAria(id, Boolean(hint), messages),
  };
  return (
    <Field id={id} label={label} hint={hint} messages={messages}>
      {multiline ? (
        <textarea className="composer-input composer-textarea" rows={4} {...common} />
      ) : (
        <input className="composer-input" type="text" autoComplete="off" {...common} />
      )}
    </Field>
  );
}
