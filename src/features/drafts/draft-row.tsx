import { useState } from 'react';
import type { NamedDraft } from '../../core/drafts';
import { formatInstant, hostIanaZone } from '../../core/timezones';
import { activeFormattingLocale } from '../../ui/i18n';
import { dialogText } from './dialog-text';
import '../../ui/button.css';

interface DraftRowProps {
  entry: NamedDraft;
  isOpen: boolean;
  onOpen(): void;
  onDuplicate(): void;
  /** Returns an error sentence to show next to the name field, or null when renamed. */
  onRename(name: string): string | null;
  onDelete(): void;
}

function savedLabel(savedAt: string): string {
  const ms = Date.parse(savedAt);
  if (Number.isNaN(ms) || ms === 0) return '';
  return dialogText.savedAt(
    formatInstant(new Date(ms), hostIanaZone(), { locale: activeFormattingLocale() }),
  );
}

/** One saved draft in the list: open, duplicate, rename inline, delete (with undo in the message that follows). */
export function DraftRow({ entry, isOpen, onOpen, onDuplicate, onRename, onDelete }: DraftRowProps) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(entry.name);
  const [error, setError] = useState<string | null>(null);
  const inputId = `drafts-rename-${entry.id}`;
  const saved = savedLabel(entry.savedAt);
  if (renaming) {
    return (
      <li className="drafts-row">
        <form
          className="drafts-row-rename"
          onSubmit={(e) => {
            e.preventDefault();
            const problem = onRename(name);
            setError(problem);
            if (!problem) setRenaming(false);
          }}
        >
          <label htmlFor={inputId} className="drafts-label">
            {dialogText.renameLabel(entry.name)}
          </label>
          <input
            id={inputId}
            className="drafts-input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            autoFocus
          />
          <button type="submit" className="ui-button ui-button--primary">
            {dialogText.saveName}
          </button>
          <button type="button" className="ui-button" onClick={() => setRenaming(false)}>
            {dialogText.cancel}
          </button>
          {error ? (
            <p id={`${inputId}-error`} className="drafts-field-error" role="alert">
              {error}
            </p>
          ) : null}
        </form>
      </li>
    );
  }
  return (
    <li className={isOpen ? 'drafts-row drafts-row--open' : 'drafts-row'}>
      <div className="drafts-row-main">
        <span className="drafts-row-title">
          <span className="drafts-row-name">{entry.name}</span>
          {isOpen ? <span className="drafts-badge">{dialogText.current}</span> : null}
        </span>
        <span className="drafts-row-meta">
          {entry.draft.title}
          {saved ? ` · ${saved}` : ''}
        </span>
      </div>
      <div className="drafts-row-actions">
        <button
          type="button"
          className="ui-button ui-button--primary"
          onClick={onOpen}
          aria-label={`${dialogText.open} ${entry.name}`}
        >
          {dialogText.open}
        </button>
        <button
          type="button"
          className="ui-button"
          onClick={onDuplicate}
          aria-label={`${dialogText.duplicate} ${entry.name}`}
        >
          {dialogText.duplicate}
        </button>
        <button
          type="button"
          className="ui-button"
          onClick={() => {
            setName(entry.name);
            setError(null);
            setRenaming(true);
          }}
          aria-label={`${dialogText.rename} ${entry.name}`}
        >
          {dialogText.rename}
        </button>
        <button
          type="button"
          className="ui-button ui-button--danger-outline"
          onClick={onDelete}
          aria-label={`${dialogText.delete} ${entry.name}`}
        >
          {dialogText.delete}
        </button>
      </div>
    </li>
  );
}
