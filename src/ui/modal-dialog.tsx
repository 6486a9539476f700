import { t } from '@lingui/core/macro';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './modal-dialog.css';

export interface ModalDialogProps {
  open: boolean;
  onClose(): void;
  title: string;
  children: ReactNode;
  /** Extra class for the <dialog>, e.g. to set a width. */
  className?: string;
}

/**
 * A native modal <dialog> (showModal: focus trap, Escape, top layer) labelled by its title, with a close button;
 * its content is rendered only while it is open.
 */
export function ModalDialog({ open, onClose, title, children, className }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // Remember where focus came from: it goes back there on close, whichever way the dialog closes.
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      // jsdom has no showModal; fall back to the open attribute there.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      if (opener.current?.isConnected) opener.current.focus();
      opener.current = null;
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={className ? `ui-dialog ${className}` : 'ui-dialog'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <>
          <div className="ui-dialog-header">
            <h2 id={titleId} className="ui-dialog-title">
              {title}
            </h2>
            <button type="button" className="ui-dialog-close" onClick={onClose} aria-label={t`Close`}>
              ✕
            </button>
          </div>
          {children}
        </>
      ) : null}
    </dialog>
  );
}
