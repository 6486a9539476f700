import { useState } from 'react';
import { DraftsDialog, DraftsNotices, SaveAsDialog, UnsavedDialog } from './lazy-drafts-dialog';
import { text } from './text';
import type { DraftDocument } from './use-draft-document';
import './drafts.css';
import '../../ui/button.css';

/** The header's document controls: the open draft's name and state, New, Open…, Save and Save as…. */
export function DocumentBar({ doc }: { doc: DraftDocument }) {
  const [listOpen, setListOpen] = useState(false);
  const suggestion = doc.meta.name ?? (doc.draft.title.trim() || text.untitled);
  return (
    <div className="drafts">
      <div className="drafts-document" role="group" aria-label={text.documentLabel}>
        <span className="drafts-document-name" data-testid="document-name">
          {doc.displayName}
        </span>
        <span
          className={`drafts-state drafts-state--${doc.state}`}
          role="status"
          data-testid="document-state"
        >
          {text.state[doc.state]}
        </span>
      </div>
      <button type="button" className="ui-button" onClick={doc.newDocument}>
        {text.newButton}
      </button>
      <button type="button" className="ui-button" onClick={() => setListOpen(true)} aria-haspopup="dialog">
        {text.openButton}
      </button>
      <button
        type="button"
        className="ui-button ui-button--primary"
        onClick={doc.save}
        title={text.shortcutHint}
      >
        {text.saveButton}
      </button>
      <button type="button" className="ui-button" onClick={doc.askSaveAs} aria-haspopup="dialog">
        {text.saveAsButton}
      </button>
      <DraftsDialog doc={doc} open={listOpen} onClose={() => setListOpen(false)} />
      <SaveAsDialog
        key={doc.nameRequest ? 'asking' : 'idle'}
        open={doc.nameRequest !== null}
        suggestion={suggestion}
        onSave={doc.saveAs}
        onCancel={doc.cancelNameRequest}
      />
      <UnsavedDialog
        action={doc.pending?.kind ?? null}
        name={doc.displayName}
        onChoose={doc.resolvePending}
      />
      <DraftsNotices doc={doc} showToast={!listOpen} />
    </div>
  );
}
