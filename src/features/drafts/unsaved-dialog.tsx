import { ModalDialog } from '../../ui/modal-dialog';
import { dialogText } from './dialog-text';
import '../../ui/button.css';

interface UnsavedDialogProps {
  action: 'new' | 'open' | null;
  name: string;
  onChoose(choice: 'save' | 'discard' | 'cancel'): void;
}

/** Asks before New or Open replaces unsaved changes: save them, discard them, or stay. */
export function UnsavedDialog({ action, name, onChoose }: UnsavedDialogProps) {
  return (
    <ModalDialog open={action !== null} onClose={() => onChoose('cancel')} title={dialogText.unsavedTitle}>
      <p>{action ? dialogText.unsavedQuestion(name, action) : null}</p>
      <div className="drafts-inline drafts-dialog-actions">
        <button
          type="button"
          className="ui-button ui-button--primary"
          onClick={() => onChoose('save')}
          autoFocus
        >
          {dialogText.unsavedSave}
        </button>
        <button type="button" className="ui-button" onClick={() => onChoose('discard')}>
          {dialogText.unsavedDiscard}
        </button>
        <button type="button" className="ui-button" onClick={() => onChoose('cancel')}>
          {dialogText.cancel}
        </button>
      </div>
    </ModalDialog>
  );
}
