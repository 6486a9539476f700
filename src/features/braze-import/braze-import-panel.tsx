import type { Draft } from '../../core/event/draft';
import { ModalDialog } from '../../ui/modal-dialog';
import { ImportResultView } from './import-result-view';
import { useBrazeImport } from './use-braze-import';
import '../../ui/button.css';

/** Props of the import dialog: whether it shows, how to close it, and where the imported draft goes. */
export interface BrazeImportPanelProps {
  open: boolean;
  onClose(): void;
  onImport(draft: Draft): void;
}

/** The "Import from Braze" dialog: paste a webhook's URL, body and headers; see what maps; fill the form. */
export function BrazeImportPanel({ open, onClose: close, onImport }: BrazeImportPanelProps) {
  const state = useBrazeImport();
  return (
    <>
      <ModalDialog open={open} onClose={close} title="Import from Braze" className="braze-import-dialog">
        <p className="braze-import-hint">
          Paste an existing webhook template as it is in Braze. The form is filled where the template can be
          understood; everything else is listed with the reason.
        </p>
        <div className="braze-import-field">
          <label htmlFor="braze-import-url" className="braze-import-label">
            Webhook URL
          </label>
          <textarea
            id="braze-import-url"
            className="braze-import-textarea"
            rows={2}
            spellCheck={false}
            value={state.url}
            onChange={(e) => state.setUrl(e.target.value)}
          />
        </div>
        <div className="braze-import-field">
          <label htmlFor="braze-import-body" className="braze-import-label">
            Request body
          </label>
          <textarea
            id="braze-import-body"
            className="braze-import-textarea"
            rows={10}
            spellCheck={false}
            value={state.body}
            onChange={(e) => state.setBody(e.target.value)}
          />
        </div>
        <div className="braze-import-field">
          <label htmlFor="braze-import-headers" className="braze-import-label">
            Headers (optional)
          </label>
          <textarea
            id="braze-import-headers"
            className="braze-import-textarea"
            rows={3}
            spellCheck={false}
            aria-describedby="braze-import-headers-hint"
            value={state.headerText}
            onChange={(e) => state.setHeaderText(e.target.value)}
          />
          <p id="braze-import-headers-hint" className="braze-import-hint">
            One per line, as Name: value (the Authorization header gives the credential name).
          </p>
        </div>
        {state.result ? (
          <ImportResultView mapped={state.result.mapped} unmapped={state.result.unmapped} />
        ) : null}
        <div className="braze-import-actions">
          <button type="button" className="ui-button" onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className="ui-button ui-button--primary"
            disabled={!state.result || state.result.mapped.length === 0}
            onClick={() => {
              if (!state.result) return;
              onImport(state.result.draft);
              state.reset();
              close();
            }}
          >
            Use these values
          </button>
        </div>
      </ModalDialog>
    </>
  );
}
