import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useState } from 'react';
import { ROKT_ATTRIBUTES } from './user-edits';

/** A small form to add a custom attribute by name (rokt:* names suggested); rejects blanks and duplicates. */
export function AddAttribute(props: { existing: string[]; onAdd(name: string): void }) {
  const { existing, onAdd } = props;
  const { t } = useLingui();
  const base = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const suggestions = ROKT_ATTRIBUTES.filter((n) => !existing.includes(n));

  // Not a <form>: the panel may sit inside the composer's form, and forms cannot nest.
  const submit = () => {
    const trimmed = name.trim();
    if (!trimmed) return setError(t`Type an attribute name, for example rokt:subscription_id.`);
    if (existing.includes(trimmed)) return setError(t`This user already has ${trimmed}.`);
    setError(null);
    setName('');
    onAdd(trimmed);
  };

  return (
    <div className="sample-users-add">
      <label htmlFor={`${base}-name`} className="sample-users-label">
        <Trans>Add attribute</Trans>
      </label>
      <div className="sample-users-add-row">
        <input
          id={`${base}-name`}
          className="sample-users-input sample-users-input--mono"
          list={`${base}-names`}
          placeholder="rokt:subscription_id"
          value={name}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${base}-error` : undefined}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            submit();
          }}
        />
        <datalist id={`${base}-names`}>
          {suggestions.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        <button type="button" className="sample-users-button" onClick={submit}>
          <Trans>Add</Trans>
        </button>
      </div>
      {error && (
        <p id={`${base}-error`} className="sample-users-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
