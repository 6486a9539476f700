import { useDeferredValue, useMemo, useState } from 'react';
import { ModalDialog } from '../../ui/modal-dialog';
import { DraftRow } from './draft-row';
import { ToastView } from './drafts-notices';
import { ImportControls } from './import-controls';
import { libraryActions } from './library-actions';
import { dialogText } from './dialog-text';
import type { DraftDocument } from './use-draft-document';
import '../../ui/button.css';

/** Rows rendered at once; the filter narrows the rest (thousands of drafts stay fast). */
const MAX_ROWS = 100;

/** The Drafts dialog: find, open, duplicate, rename and delete saved drafts; export and import files. */
export function DraftsDialog({ doc, open, onClose }: { doc: DraftDocument; open: boolean; onClose(): void }) {
  const actions = libraryActions(doc.actionDeps);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const matches = useMemo(() => {
    const q = deferredQuery.trim().toLowerCase();
    if (!q) return doc.drafts;
    return doc.drafts.filter(
      (d) => d.name.toLowerCase().includes(q) || d.draft.title.toLowerCase().includes(q),
    );
  }, [doc.drafts, deferredQuery]);
  const shown = matches.slice(0, MAX_ROWS);

  return (
    <ModalDialog open={open} onClose={onClose} title={dialogText.dialogTitle} className="drafts-dialog">
      <div className="drafts-find">
        <label htmlFor="drafts-filter" className="drafts-label">
          {dialogText.filterLabel}
        </label>
        <input
          id="drafts-filter"
          className="drafts-input"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
        />
        <span className="drafts-hint" aria-live="polite">
          {dialogText.count(doc.drafts.length)}
        </span>
      </div>
      <div className="drafts-dialog-toast">
        <ToastView doc={doc} />
      </div>
      {doc.drafts.length === 0 ? (
        <p className="drafts-hint">{dialogText.noDrafts}</p>
      ) : matches.length === 0 ? (
        <p className="drafts-hint">{dialogText.noMatch(deferredQuery)}</p>
      ) : (
        <>
          <ul className="drafts-list" aria-label={dialogText.listLabel}>
            {shown.map((entry) => (
              <DraftRow
                key={entry.id}
                entry={entry}
                isOpen={entry.id === doc.meta.docId}
                onOpen={() => {
                  onClose();
                  doc.openDraft(entry.id);
                }}
                onDuplicate={() => actions.duplicate(entry.id)}
                onRename={(name) => actions.rename(entry.id, name)}
                onDelete={() => actions.remove(entry.id)}
              />
            ))}
          </ul>
          {matches.length > shown.length ? (
            <p className="drafts-hint">{dialogText.showing(shown.length, matches.length)}</p>
          ) : null}
        </>
      )}

      <h3 className="drafts-section-title">{dialogText.filesTitle}</h3>
      <div className="drafts-files">
        <button type="button" className="ui-button" onClick={actions.exportCurrent}>
          {dialogText.exportCurrent}
        </button>
        <button type="button" className="ui-button" onClick={actions.exportAll}>
          {dialogText.exportAll}
        </button>
      </div>
      <p className="drafts-hint">{dialogText.limits}</p>
      <ImportControls imports={doc.imports} onFile={(file) => void actions.importFile(file)} />
    </ModalDialog>
  );
}
