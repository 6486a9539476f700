import { Trans, useLingui } from '@lingui/react/macro';
import type { Draft } from '../../core/event';
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
  const { t } = useLingui();
  const state = useBrazeImport();
  return (
    <>
      <ModalDialog open={open} onClose={close} title={t`Import from Braze`} className="braze-import-dialog">
        <p className="braze-import-hint">
          <Trans>
            Paste an existing webhook template as it is in Braze. The form is filled where the template can be
            understood; everything else is listed with the reason.
          </Trans>
        </p>
        <PasteField
          id="braze-import-url"
          label={t`Webhook URL`}
          rows={2}
          value={state.url}
          onChange={state.setUrl}
        />
        <PasteField
          id="braze-import-body"
          label={t`Request body`}
          rows={10}
          value={state.body}
          onChange={state.setBody}
        />
        <PasteField
          id="braze-import-headers"
          label={t`Headers (optional)`}
          rows={3}
          value={state.headerText}
          onChange={state.setHeaderText}
          hint={t`One per line, as Name: value (the Authorization header gives the credential name).`}
        />
        {state.result ? (
          <ImportResultView
            mapped={state.result.mapped}
            unmapped={state.result.unmapped}
            notes={state.result.notes}
          />
        ) : null}
        <div className="braze-import-actions">
          <button type="button" className="ui-button" onClick={close}>
            <Trans>Cancel</Trans>
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
            <Trans>Use these values</Trans>
          </button>
        </div>
      </ModalDialog>
    </>
  );
}

interface PasteFieldProps {
  id: string;
  label: string;
  rows: number;
  value: string;
  onChange(value: string): void;
  hint?: string;
}

/** A labelled textarea for pasting one part of a Braze template, with an optional hint under it. */
function PasteField({ id, label, rows, value, onChange, hint }: PasteFieldProps) {
  return (
    <div className="braze-import-field">
      <label htmlFor={id} className="braze-import-label">
        {label}
      </label>
      <textarea
        id={id}
        className="braze-import-textarea"
        rows={rows}
        spellCheck={false}
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint ? (
        <p id={`${id}-hint`} className="braze-import-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
