import { t } from '@lingui/core/macro';
import type { WriteFailure } from '../../core/drafts';
import { why } from './text';

// The sentences of the drafts notices (storage failures, another tab's changes, the last action), loaded with
// them after the first paint, in the active language (read when shown).

export const noticesText = {
  saveFailed: (reason: WriteFailure) => {
    const cause = why(reason);
    return t`Not saved: ${cause}. Your work is still on this page; export your drafts to keep a copy.`;
  },
  backupFailed: (reason: WriteFailure) => {
    const cause = why(reason);
    return t`Your changes cannot be kept in this browser: ${cause}. They are still on this page; export your drafts to keep a copy.`;
  },
  get exportButton() {
    return t`Export drafts`;
  },
  get dismiss() {
    return t`Dismiss`;
  },
  get undo() {
    return t`Undo`;
  },
  remoteChanged: (name: string) =>
    t`“${name}” was changed in another tab. Your unsaved edits are still here; saving keeps both versions.`,
  remoteDeleted: (name: string) => t`“${name}” was deleted in another tab. Save to keep it.`,
  get loadTheirs() {
    return t`Load their version`;
  },
  get keepMine() {
    return t`Keep mine`;
  },
  get saveAgain() {
    return t`Save it again`;
  },
};
