import { useEffect, useRef, type ReactNode } from 'react';

/** A native modal <dialog> (showModal where available) labelled by its title. */
export function ImportDialog(props: { open: boolean; onClose(): void; title: string; children: ReactNode }) {
  const { open, onClose, title, children } = props;
  const ref = useRef<HTMLDialogElement>(null);
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
      className="braze-import-dialog"
      aria-labelledby="braze-import-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <>
          <div className="braze-import-header">
            <h2 id="braze-import-title" className="braze-import-title">
              {title}
            </h2>
            <button type="button" className="braze-import-close" onClick={onClose} aria-label="Close">
              ✕
            </button>
          </div>
          {children}
        </>
      ) : null}
    </dialog>
  );
}
