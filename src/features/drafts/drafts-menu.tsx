import { useState, type ChangeEvent } from 'react';
import { currentDraftFileText, draftsFileName, draftsFileText } from '../../core/drafts';
import type { Draft } from '../../core/event';
import { downloadJson } from './download';
import { DraftRow } from './draft-row';
import { ModalDialog } from '../../ui/modal-dialog';
import { useNamedDrafts } from './use-named-drafts';
import './drafts.css';
import '../../ui/button.css';

/** Props of DraftsMenu: the live draft (to save/export) and what to do when a saved draft is opened. */
export interface DraftsMenuProps {
  current: Draft;
  onOpen(draft: Draft): void;
}

/** The "Drafts" button and dialog: save as, open, duplicate, rename, delete, export and import JSON. */
export function DraftsMenu({ current, onOpen }: DraftsMenuProps) {
  const api = useNamedDrafts();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');

  const close = () => {
    setOpen(false);
    api.setStatus(null);
  };
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    try {
      api.importText(await file.text(), file.name);
    } catch {
      api.setStatus({ kind: 'error', text: `“${file.name}” could not be read. Nothing was changed.` });
    }
    input.value = '';
  };

  return (
    <div className="drafts">
      <button type="button" className="ui-button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Drafts{api.drafts.length > 0 ? ` (${api.drafts.length})` : ''}
      </button>
      {api.notices.map((notice) => (
        <div key={notice} className="drafts-notice" role="status">
          <span>{notice}</span>
          <button type="button" className="drafts-link" onClick={() => api.dismissNotice(notice)}>
            Dismiss
          </button>
        </div>
      ))}
      <ModalDialog open={open} onClose={close} title="Drafts">
        <form
          className="drafts-save"
          onSubmit={(e) => {
            e.preventDefault();
            if (api.saveAs(name || current.title, current)) setName('');
          }}
        >
          <label htmlFor="drafts-save-name" className="drafts-label">
            Save the current draft as
          </label>
          <div className="drafts-inline">
            <input
              id="drafts-save-name"
              className="drafts-input"
              value={name}
              placeholder={current.title || 'Untitled draft'}
              onChange={(e) => setName(e.target.value)}
              autoComplete="off"
            />
            <button type="submit" className="ui-button ui-button--primary">
              Save
            </button>
          </div>
          <p className="drafts-hint">
            Drafts are kept in this browser only. Export them to share or back up.
          </p>
        </form>

        {api.status ? (
          <p
            className={`drafts-status drafts-status--${api.status.kind}`}
            role={api.status.kind === 'error' ? 'alert' : 'status'}
          >
            {api.status.text}
          </p>
        ) : null}

        <h3 className="drafts-section-title">Saved drafts</h3>
        {api.drafts.length === 0 ? (
          <p className="drafts-hint">No saved drafts yet.</p>
        ) : (
          <ul className="drafts-list" aria-label="Saved drafts">
            {api.drafts.map((entry) => (
              <DraftRow
                key={entry.id}
                entry={entry}
                onOpen={() => {
                  onOpen(entry.draft);
                  close();
                }}
                onDuplicate={() => api.duplicate(entry.id)}
                onRename={(next) => api.rename(entry.id, next)}
                onDelete={() => api.remove(entry.id)}
              />
            ))}
          </ul>
        )}

        <h3 className="drafts-section-title">Files</h3>
        <div className="drafts-files">
          <button
            type="button"
            className="ui-button"
            onClick={() =>
              downloadJson(
                draftsFileName(current.title || 'draft'),
                currentDraftFileText(current, current.title || 'Draft'),
              )
            }
          >
            Export current draft
          </button>
          <button
            type="button"
            className="ui-button"
            disabled={api.drafts.length === 0}
            onClick={() => downloadJson('rokt-calendar-drafts.rcc.json', draftsFileText(api.drafts))}
          >
            Export all saved drafts
          </button>
          <label className="ui-button drafts-file-label">
            Import drafts file…
            <input
              type="file"
              accept="application/json,.json"
              className="drafts-file-input"
              onChange={onFile}
            />
          </label>
        </div>
      </ModalDialog>
    </div>
  );
}
