import { useEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  open: boolean;
  onClose(): void;
  title: string;
  children: ReactNode;
  className?: string;
}

/** A native <dialog> shown with showModal (focus trap, Escape, top layer), titled for screen readers. */
export function ModalDialog({ open, onClose, title, children, className }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = `${title.replace(/\W+/g, '-').toLowerCase()}-dialog-title`;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // jsdom has no showModal; fall back to the open attribute there.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={`drafts-dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <>
          <div className="drafts-dialog-header">
            <h2 id={titleId} className="drafts-dialog-title">
              {title}
            </h2>
            <button type="button" className="drafts-icon-button" onClick={onClose} aria-label="Close">
              ✕
            </button>
          </div>
          {children}
        </>
      ) : null}
    </dialog>
  );
}
