import { plural, t } from '@lingui/core/macro';
import { MAX_IMPORT_BYTES, MAX_IMPORT_DRAFTS, type WriteFailure } from '../../core/drafts';
import { formatNumber } from '../../ui/i18n';

// Every sentence the drafts feature shows, in one place, in the active language (read when shown).

const why = (reason: WriteFailure): string => {
  switch (reason) {
    case 'full':
      return t`local storage is full`;
    case 'blocked':
      return t`this browser blocks local storage (private mode or site settings)`;
    case 'mismatch':
      return t`what was written could not be read back`;
  }
};

export const text = {
  get untitled() {
    return t`Untitled`;
  },
  get state() {
    return {
      new: t`Not saved yet`,
      saved: t`Saved`,
      unsaved: t`Unsaved changes`,
      saving: t`Saving…`,
      failed: t`Save failed`,
    };
  },
  get documentLabel() {
    return t`Open draft`;
  },
  get newButton() {
    return t({ message: 'New', context: 'document' });
  },
  get openButton() {
    return t`Open…`;
  },
  get saveButton() {
    return t`Save`;
  },
  get saveAsButton() {
    return t`Save as…`;
  },
  get shortcutHint() {
    return t`Ctrl+S saves`;
  },
  saved: (name: string) => t`Saved “${name}”.`,
  recreated: (name: string) => t`“${name}” had been deleted in another tab; it is saved again.`,
  conflict: (theirs: string, copy: string) =>
    t`“${theirs}” was changed in another tab first. Both versions are kept: yours is saved as “${copy}”.`,
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
  get unsavedSuffix() {
    return t`unsaved changes`;
  },
  get nameLabel() {
    return t`Name`;
  },
  get nameRequired() {
    return t`Enter a name for the draft.`;
  },
  nameTaken: (name: string) =>
    t`A draft named “${name}” already exists. Choose another name, or open it and save.`,
  get saveAsTitle() {
    return t`Save as`;
  },
  get saveAsSubmit() {
    return t`Save`;
  },
  get cancel() {
    return t`Cancel`;
  },
  get unsavedTitle() {
    return t`Unsaved changes`;
  },
  unsavedQuestion: (name: string, action: 'new' | 'open') =>
    action === 'new'
      ? t`Save the changes to “${name}” before starting a new event?`
      : t`Save the changes to “${name}” before opening another draft?`,
  get unsavedSave() {
    return t`Save`;
  },
  get unsavedDiscard() {
    return t`Don’t save`;
  },
  deleted: (name: string) => t`Deleted “${name}”.`,
  restored: (name: string) => t`Restored “${name}”.`,
  duplicated: (name: string) => t`Saved a copy as “${name}”.`,
  renamed: (name: string) => t`Renamed to “${name}”.`,
  get gone() {
    return t`That draft no longer exists: it was deleted in another tab.`;
  },
  followed: (name: string) => t`“${name}” was updated from another tab.`,
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
  damaged: (keys: string[]) => {
    const list = keys.map((k) => `“${k}”`).join(', ');
    return plural(keys.length, {
      one: `# saved draft could not be read (the stored data is damaged). It was left untouched in local storage under ${list}.`,
      other: `# saved drafts could not be read (the stored data is damaged). They were left untouched in local storage under ${list}.`,
    });
  },
  get blocked() {
    return t`Saved drafts are unavailable: this browser blocks local storage. Export your work to keep it.`;
  },
  migrationFailed: (n: number) =>
    plural(n, {
      one: '# draft saved by an earlier version could not be moved to the new format (local storage is full). It is listed and kept as it was; export it to be safe.',
      other:
        '# drafts saved by an earlier version could not be moved to the new format (local storage is full). They are listed and kept as they were; export them to be safe.',
    }),
  get workDamaged() {
    return t`The last unsaved work could not be read (the stored data is damaged), so the form starts from the example event.`;
  },
  get dialogTitle() {
    return t`Drafts`;
  },
  get filterLabel() {
    return t`Find a draft`;
  },
  get noDrafts() {
    return t`No saved drafts yet. Save the open event to keep it here.`;
  },
  noMatch: (q: string) => t`No draft matches “${q}”.`,
  showing: (shownCount: number, totalCount: number) => {
    const shown = formatNumber(shownCount);
    const total = formatNumber(totalCount);
    return t`Showing ${shown} of ${total}; type to narrow the list.`;
  },
  get listLabel() {
    return t`Saved drafts`;
  },
  count: (n: number) => plural(n, { one: '# saved draft', other: '# saved drafts' }),
  get open() {
    return t`Open`;
  },
  get duplicate() {
    return t`Duplicate`;
  },
  get rename() {
    return t`Rename`;
  },
  get delete() {
    return t`Delete`;
  },
  get saveName() {
    return t`Save name`;
  },
  renameLabel: (name: string) => t`New name for “${name}”`,
  get current() {
    return t({ message: 'open', context: 'the draft now in the form' });
  },
  savedAt: (when: string) => t`Saved ${when}`,
  get filesTitle() {
    return t`Files`;
  },
  get exportCurrent() {
    return t`Export open event`;
  },
  get exportAll() {
    return t`Export all drafts`;
  },
  get importButton() {
    return t`Import drafts file…`;
  },
  get limits() {
    const drafts = formatNumber(MAX_IMPORT_DRAFTS);
    const megabytes = MAX_IMPORT_BYTES / 1024 / 1024;
    return t`Drafts are kept in this browser only. A file can hold up to ${drafts} drafts and ${megabytes} MB.`;
  },
  importing: (writtenCount: number, totalCount: number) => {
    const written = formatNumber(writtenCount);
    const total = formatNumber(totalCount);
    return totalCount > 0 ? t`Importing… ${written} of ${total} drafts stored.` : t`Reading the file…`;
  },
  importInvalid: (file: string, error: string) =>
    t`“${file}” was not imported: ${error} Nothing was changed.`,
  importStorage: (file: string, total: number, reason: WriteFailure) => {
    const cause = why(reason);
    return plural(total, {
      one: `“${file}” was not imported: its # new draft does not fit (${cause}). Nothing was changed; delete or export drafts to make room.`,
      other: `“${file}” was not imported: its # new drafts do not fit (${cause}). Nothing was changed; delete or export drafts to make room.`,
    });
  },
  importUnreadable: (file: string) => t`“${file}” could not be read. Nothing was changed.`,
  imported: (file: string, added: number, already: number, renamed: { from: string; to: string }[]) => {
    const first = renamed[0];
    const renamedCount = formatNumber(renamed.length);
    return [
      added > 0
        ? plural(added, {
            one: `Imported # draft from “${file}”.`,
            other: `Imported # drafts from “${file}”.`,
          })
        : t`Nothing new in “${file}”.`,
      already > 0
        ? plural(already, {
            one: '# draft was already saved and skipped.',
            other: '# drafts were already saved and skipped.',
          })
        : '',
      renamed.length === 1 && first
        ? t`“${first.from}” was already taken by another draft, so it was imported as “${first.to}”.`
        : renamed.length > 1
          ? t`${renamedCount} drafts had names already taken and were imported as “… (imported)”.`
          : '',
    ]
      .filter(Boolean)
      .join(' ');
  },
};
