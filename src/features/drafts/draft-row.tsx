import { useState } from 'react';
import type { NamedDraft } from '../../core/drafts';
import { formatInstant, hostIanaZone } from '../../core/timezones';
import '../../ui/button.css';

interface DraftRowProps {
  entry: NamedDraft;
  onOpen(): void;
  onDuplicate(): void;
  onRename(name: string): void;
  onDelete(): void;
}

function savedLabel(savedAt: string): string {
  const ms = Date.parse(savedAt);
  return Number.isNaN(ms) || ms === 0 ? '' : `Saved ${formatInstant(new Date(ms), hostIanaZone())}`;
}

/** One named draft in the list: open, duplicate, rename inline, delete after confirmation. */
export function DraftRow({ entry, onOpen, onDuplicate, onRename, onDelete }: DraftRowProps) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [name, setName] = useState(entry.name);
  const inputId = `drafts-rename-${entry.id}`;
  return (
    <li className="drafts-row">
      {mode === 'rename' ? (
        <form
          className="drafts-row-rename"
          onSubmit={(e) => {
            e.preventDefault();
            onRename(name);
            setMode('view');
          }}
        >
          <label htmlFor={inputId} className="drafts-label">
            New name for “{entry.name}”
          </label>
          <input
            id={inputId}
            className="drafts-input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoFocus
            required
          />
          <button type="submit" className="ui-button ui-button--primary">
            Save name
          </button>
          <button type="button" className="ui-button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="drafts-row-main">
          <span className="drafts-row-name">{entry.name}</span>
          <span className="drafts-row-meta">
            {entry.draft.title}
            {savedLabel(entry.savedAt) ? ` · ${savedLabel(entry.savedAt)}` : ''}
          </span>
        </div>
      )}
      {mode === 'confirm-delete' ? (
        <div className="drafts-row-confirm" role="group" aria-label={`Confirm deleting ${entry.name}`}>
          <span>Delete “{entry.name}”? This cannot be undone.</span>
          <button type="button" className="ui-button ui-button--danger" onClick={onDelete} autoFocus>
            Delete
          </button>
          <button type="button" className="ui-button" onClick={() => setMode('view')}>
            Keep
          </button>
        </div>
      ) : null}
      {mode === 'view' ? (
        <div className="drafts-row-actions">
          <button
            type="button"
            className="ui-button ui-button--primary"
            onClick={onOpen}
            aria-label={`Open ${entry.name}`}
          >
            Open
          </button>
          <button
            type="button"
            className="ui-button"
            onClick={onDuplicate}
            aria-label={`Duplicate ${entry.name}`}
          >
            Duplicate
          </button>
          <button
            type="button"
            className="ui-button"
            onClick={() => {
              setName(entry.name);
              setMode('rename');
            }}
            aria-label={`Rename ${entry.name}`}
          >
            Rename
          </button>
          <button
            type="button"
            className="ui-button ui-button--danger-outline"
            onClick={() => setMode('confirm-delete')}
            aria-label={`Delete ${entry.name}`}
          >
            Delete
          </button>
        </div>
      ) : null}
    </li>
  );
}
