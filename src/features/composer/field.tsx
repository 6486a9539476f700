import { t } from '@lingui/core/macro';
import type { ReactNode } from 'react';
import { fixText } from '../../ui/issue-text';
import { useApplyFix } from './apply-fix';
import type { FieldMessage } from './field-messages';

/** Every word the field frame shows, in one place, in the active language (read when shown). */
const TEXT = {
  get error() {
    return t`Error: `;
  },
  get warning() {
    return t`Warning: `;
  },
  get fixes() {
    return t`Fixes`;
  },
};

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  messages: FieldMessage[];
  children: ReactNode;
  /** Render the label after the control (checkboxes). */
  inline?: boolean;
  className?: string;
}

/** Messages under a control, with the id its aria-describedby points at. */
function FieldMessages({ id, messages }: { id: string; messages: FieldMessage[] }) {
  const applyFix = useApplyFix();
  if (messages.length === 0) return null;
  return (
    <ul id={`${id}-messages`} className="composer-messages">
      {messages.map((m) => (
        <li key={m.text} className={`composer-message composer-message--${m.severity}`}>
          <span aria-hidden="true">{m.severity === 'error' ? '✕' : '!'}</span>
          <span className="composer-visually-hidden">
            {m.severity === 'error' ? TEXT.error : TEXT.warning}
          </span>
          {m.text}
          {applyFix && m.fixes && m.fixes.length > 0 ? (
            <span className="composer-fixes" role="group" aria-label={TEXT.fixes}>
              {m.fixes.map((fix) => (
                <button
                  key={fix.code}
                  type="button"
                  className="composer-fix-button"
                  onClick={() => applyFix(fix)}
                >
                  {fixText(fix)}
                </button>
              ))}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** A labelled field: label, control, hint and its messages right under it. */
export function Field({ id, label, hint, messages, children, inline, className }: FieldProps) {
  const hasError = messages.some((m) => m.severity === 'error');
  return (
    <div
      className={`composer-field${inline ? ' composer-field--inline' : ''}${hasError ? ' composer-field--invalid' : ''}${className ? ` ${className}` : ''}`}
    >
      {inline ? (
        <div className="composer-inline">
          {children}
          <label htmlFor={id} className="composer-label">
            {label}
          </label>
        </div>
      ) : (
        <>
          <label htmlFor={id} className="composer-label">
            {label}
          </label>
          {children}
        </>
      )}
      {hint ? (
        <p id={`${id}-hint`} className="composer-hint">
          {hint}
        </p>
      ) : null}
      <FieldMessages id={id} messages={messages} />
    </div>
  );
}
