import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useState } from 'react';

/**
 * Edits one array attribute: a labelled input per value, remove buttons, "Add value"
 * (focus moves to the new input) and "Remove attribute".
 */
export function AttributeList(props: {
  name: string;
  values: string[];
  onChange(values: string[]): void;
  onRemove(): void;
}) {
  const { name, values, onChange, onRemove } = props;
  const { t } = useLingui();
  const base = useId();
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  return (
    <fieldset className="sample-users-attr">
      <legend className="sample-users-attr-name">
        <code>{name}</code>
      </legend>
      {values.length === 0 && (
        <p className="sample-users-attr-empty">
          <Trans>No values: Braze treats this attribute as blank.</Trans>
        </p>
      )}
      <ol className="sample-users-attr-values">
        {values.map((value, index) => {
          const position = index + 1;
          return (
            <li key={index} className="sample-users-attr-value">
              <label className="visually-hidden" htmlFor={`${base}-${index}`}>
                {t`${name} value ${position}`}
              </label>
              <input
                id={`${base}-${index}`}
                className="sample-users-input sample-users-input--mono"
                value={value}
                spellCheck={false}
                autoFocus={focusIndex === index}
                onChange={(event) => onChange(values.map((v, i) => (i === index ? event.target.value : v)))}
              />
              <button
                type="button"
                className="sample-users-icon-button"
                aria-label={t`Remove ${name} value ${position}`}
                onClick={() => onChange(values.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ol>
      <div className="sample-users-attr-actions">
        <button
          type="button"
          className="sample-users-button"
          aria-label={t`Add a ${name} value`}
          onClick={() => {
            setFocusIndex(values.length);
            onChange([...values, '']);
          }}
        >
          <Trans>Add value</Trans>
        </button>
        <button
          type="button"
          className="sample-users-button sample-users-button--quiet"
          aria-label={t`Remove attribute ${name}`}
          onClick={onRemove}
        >
          <Trans>Remove attribute</Trans>
        </button>
      </div>
    </fieldset>
  );
}
