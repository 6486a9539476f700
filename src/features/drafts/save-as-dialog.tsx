import { useState } from 'react';
import { ModalDialog } from '../../ui/modal-dialog';
import { dialogText } from './dialog-text';
import '../../ui/button.css';

interface SaveAsDialogProps {
  open: boolean;
  suggestion: string;
  /** Returns an error sentence for the name field, or null when saved. */
  onSave(name: string): string | null;
  onCancel(): void;
}

/** Asks for the name of a new saved draft; a name already in use is refused with a sentence saying so. */
export function SaveAsDialog({ open, suggestion, onSave, onCancel }: SaveAsDialogProps) {
  return (
    <ModalDialog open={open} onClose={onCancel} title={dialogText.saveAsTitle}>
      <SaveAsForm suggestion={suggestion} onSave={onSave} onCancel={onCancel} />
    </ModalDialog>
  );
}

function SaveAsForm({ suggestion, onSave, onCancel }: Omit<SaveAsDialogProps, 'open'>) {
  const [name, setName] = useState(suggestion);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="drafts-save"
      onSubmit={(e) => {
        e.preventDefault();
        setError(onSave(name));
      }}
    >
      <label htmlFor="drafts-save-name" className="drafts-label">
        {dialogText.nameLabel}
      </label>
      <input
        id="drafts-save-name"
        className="drafts-input"
        value={name}
        onChange={(e) => setName(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'drafts-save-error' : undefined}
        autoComplete="off"
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
      />
      {error ? (
        <p id="drafts-save-error" className="drafts-field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="drafts-inline drafts-dialog-actions">
        <button type="submit" className="ui-button ui-button--primary">
          {dialogText.saveAsSubmit}
        </button>
        <button type="button" className="ui-button" onClick={onCancel}>
          {dialogText.cancel}
        </button>
      </div>
    </form>
  );
}
