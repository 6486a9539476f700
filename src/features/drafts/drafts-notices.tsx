import { libraryActions } from './library-actions';
import { noticesText } from './notices-text';
import type { DraftDocument } from './use-draft-document';
import '../../ui/button.css';

/**
 * The messages that must not be missed, stacked at the bottom of the screen: a storage failure (with Export
 * drafts), a change to the open draft in another tab, start-up problems, and the last action (with Undo).
 */
export function DraftsNotices({ doc, showToast }: { doc: DraftDocument; showToast: boolean }) {
  const { failure, remote, toast } = doc;
  return (
    <div className="drafts-notices">
      {failure ? (
        <div className="drafts-notice drafts-notice--error" role="alert">
          <span>
            {failure.during === 'save'
              ? noticesText.saveFailed(failure.reason)
              : noticesText.backupFailed(failure.reason)}
          </span>
          <button
            type="button"
            className="ui-button ui-button--primary"
            onClick={libraryActions(doc.actionDeps).exportAll}
          >
            {noticesText.exportButton}
          </button>
          <button type="button" className="ui-button" onClick={doc.dismissFailure}>
            {noticesText.dismiss}
          </button>
        </div>
      ) : null}
      {remote ? (
        <div className="drafts-notice drafts-notice--warning" role="alert">
          {remote.kind === 'changed' ? (
            <>
              <span>{noticesText.remoteChanged(remote.record.name)}</span>
              <button type="button" className="ui-button" onClick={doc.loadTheirs}>
                {noticesText.loadTheirs}
              </button>
              <button type="button" className="ui-button" onClick={doc.dismissRemote}>
                {noticesText.keepMine}
              </button>
            </>
          ) : (
            <>
              <span>{noticesText.remoteDeleted(remote.name)}</span>
              <button type="button" className="ui-button" onClick={doc.save}>
                {noticesText.saveAgain}
              </button>
              <button type="button" className="ui-button" onClick={doc.dismissRemote}>
                {noticesText.dismiss}
              </button>
            </>
          )}
        </div>
      ) : null}
      {doc.notices.map((notice) => (
        <div key={notice} className="drafts-notice drafts-notice--warning" role="status">
          <span>{notice}</span>
          <button type="button" className="ui-button" onClick={() => doc.dismissNotice(notice)}>
            {noticesText.dismiss}
          </button>
        </div>
      ))}
      {toast && showToast ? <ToastView doc={doc} /> : null}
    </div>
  );
}

/** The last action's message, with Undo when the action can be undone (shown in the Drafts dialog while it is open). */
export function ToastView({ doc }: { doc: DraftDocument }) {
  const { toast } = doc;
  if (!toast) return null;
  return (
    <div
      className={`drafts-notice drafts-notice--${toast.tone}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
    >
      <span>{toast.text}</span>
      {toast.undo ? (
        <button type="button" className="ui-button" onClick={toast.undo}>
          {noticesText.undo}
        </button>
      ) : null}
      <button type="button" className="ui-button" onClick={doc.dismissToast} aria-label={noticesText.dismiss}>
        ✕
      </button>
    </div>
  );
}
