import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { memo, useId } from 'react';
import { AddAttribute } from './add-attribute';
import { AttributeList } from './attribute-list';
import './sample-users.css';
import type { SampleUsersApi } from './use-sample-users';
import { attributeValues, textAttribute, withAttribute, withoutAttribute, withText } from './user-edits';
import '../../ui/card.css';

const TEXT_FIELDS = ['user_id', 'first_name', 'time_zone'] as const;
/** The attributes the template reads; always shown, the other rokt:* ones fold away. */
const PRIMARY = ['rokt:account_code', 'rokt:subscription_id'];

/**
 * Chooses the sample user the preview renders for and edits it: user_id, first_name and every
 * custom attribute (rokt:* first) as an editable list; edits persist and can be reset to the preset.
 */
export const SampleUserPanel = memo(function SampleUserPanel(props: SampleUsersApi) {
  const { t } = useLingui();
  const { users, selected, select, update, reset } = props;
  const base = useId();
  const user = selected.user;
  const names = Object.keys(user.custom_attributes);
  const rokt = names.filter((n) => n.startsWith('rokt:')).sort();
  const primary = rokt.filter((n) => PRIMARY.includes(n));
  const secondary = rokt.filter((n) => !PRIMARY.includes(n));
  const custom = names.filter((n) => !n.startsWith('rokt:')).sort();
  const attributeCount = rokt.length + custom.length;
  const attributeEditor = (name: string) => (
    <AttributeList
      key={`${selected.id}-${name}`}
      name={name}
      values={attributeValues(user, name)}
      onChange={(values) => update(selected.id, withAttribute(user, name, values))}
      onRemove={() => update(selected.id, withoutAttribute(user, name))}
    />
  );

  return (
    <section className="ui-card sample-users" aria-labelledby={`${base}-title`}>
      <h2 id={`${base}-title`} className="sample-users-title">
        <Trans>Sample user</Trans>
      </h2>
      <fieldset className="sample-users-choices">
        <legend className="visually-hidden">
          <Trans>Render the preview for</Trans>
        </legend>
        {users.map((entry) => (
          <label key={entry.id} className="sample-users-choice">
            <input
              type="radio"
              name={`${base}-user`}
              value={entry.id}
              checked={entry.id === selected.id}
              aria-label={entry.edited ? t`${entry.name} (edited)` : entry.name}
              aria-describedby={`${base}-${entry.id}-description`}
              onChange={() => select(entry.id)}
            />
            <span className="sample-users-choice-name">
              {entry.name}
              {entry.edited && (
                <span className="sample-users-edited">
                  {' '}
                  <Trans>(edited)</Trans>
                </span>
              )}
            </span>
            <span id={`${base}-${entry.id}-description`} className="sample-users-choice-description">
              {entry.description}
            </span>
          </label>
        ))}
      </fieldset>

      <details className="sample-users-editor">
        <summary className="sample-users-editor-summary">
          <Trans>
            Edit {selected.name}: user_id, first_name, time_zone and {attributeCount} attributes
          </Trans>
        </summary>
        <div className="sample-users-fields">
          {TEXT_FIELDS.map((key) => (
            <div key={key} className="sample-users-field">
              <label htmlFor={`${base}-${key}`} className="sample-users-label">
                {key}
              </label>
              <input
                id={`${base}-${key}`}
                className="sample-users-input sample-users-input--mono"
                value={textAttribute(user, key)}
                spellCheck={false}
                onChange={(event) => update(selected.id, withText(user, key, event.target.value))}
              />
            </div>
          ))}
        </div>

        <h3 className="sample-users-subtitle">
          <Trans>Rokt attributes</Trans>
        </h3>
        {rokt.length === 0 && (
          <p className="sample-users-note">
            <Trans>This user has no rokt:* attributes.</Trans>
          </p>
        )}
        {primary.map(attributeEditor)}
        {secondary.length > 0 && (
          <details className="sample-users-more">
            <summary>
              {plural(secondary.length, {
                one: '# more rokt:* attribute',
                other: '# more rokt:* attributes',
              })}
            </summary>
            <div className="sample-users-more-list">{secondary.map(attributeEditor)}</div>
          </details>
        )}

        {custom.length > 0 && (
          <h3 className="sample-users-subtitle">
            <Trans>Custom attributes</Trans>
          </h3>
        )}
        {custom.map(attributeEditor)}

        <AddAttribute
          existing={names}
          onAdd={(name) => update(selected.id, withAttribute(user, name, ['']))}
        />

        <div className="sample-users-footer">
          <button
            type="button"
            className="sample-users-button"
            disabled={!selected.edited}
            onClick={() => reset(selected.id)}
          >
            <Trans>Reset “{selected.name}” to its preset</Trans>
          </button>
        </div>
      </details>
    </section>
  );
});
