import { ModalDialog } from '../../ui/modal-dialog';
import { text } from './text';
import '../../ui/button.css';

interface UnsavedDialogProps {
  action: 'new' | 'open' | null;
  name: string;
  onChoose(choice: 'save' | 'discard' | 'cancel'): void;
}

/** Asks before New or Open replaces unsaved changes: save them, discard them, or stay. */
export function UnsavedDialog({ action, name, onChoose }: UnsavedDialogProps) {
  return (
    <ModalDialog open={action !== null} onClose={() => onChoose('cancel')} title={text.unsavedTitle}>
      <p>{action ? text.unsavedQuestion(name, action) : null}</p>
      <div className="drafts-inline drafts-dialog-actions">
        <button
          type="button"
          className="ui-button ui-button--primary"
          onClick={() => onChoose('save')}
          autoFocus
        >
          {text.unsavedSave}
        </button>
        <button type="button" className="ui-button" onClick={() => onChoose('discard')}>
          {text.unsavedDiscard}
        </button>
        <button type="button" className="ui-button" onClick={() => onChoose('cancel')}>
          {text.cancel}
        </button>
      </div>
    </ModalDialog>
  );
}
