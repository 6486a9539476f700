import { formatCount, MAX_IMPORT_BYTES, MAX_IMPORT_DRAFTS, type WriteFailure } from '../../core/drafts';

// Every sentence the drafts feature shows, in one place (the Spanish translation replaces this file's values).

const why: Record<WriteFailure, string> = {
  full: 'local storage is full',
  blocked: 'this browser blocks local storage (private mode or site settings)',
  mismatch: 'what was written could not be read back',
};

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

export const text = {
  untitled: 'Untitled',
  state: {
    new: 'Not saved yet',
    saved: 'Saved',
    unsaved: 'Unsaved changes',
    saving: 'Saving…',
    failed: 'Save failed',
  },
  documentLabel: 'Open draft',
  newButton: 'New',
  openButton: 'Open…',
  saveButton: 'Save',
  saveAsButton: 'Save as…',
  shortcutHint: 'Ctrl+S saves',
  saved: (name: string) => `Saved “${name}”.`,
  recreated: (name: string) => `“${name}” had been deleted in another tab; it is saved again.`,
  conflict: (theirs: string, copy: string) =>
    `“${theirs}” was changed in another tab first. Both versions are kept: yours is saved as “${copy}”.`,
  saveFailed: (reason: WriteFailure) =>
    `Not saved: ${why[reason]}. Your work is still on this page; export your drafts to keep a copy.`,
  backupFailed: (reason: WriteFailure) =>
    `Your changes cannot be kept in this browser: ${why[reason]}. They are still on this page; export your drafts to keep a copy.`,
  exportButton: 'Export drafts',
  dismiss: 'Dismiss',
  undo: 'Undo',
  unsavedSuffix: 'unsaved changes',
  nameLabel: 'Name',
  nameRequired: 'Enter a name for the draft.',
  nameTaken: (name: string) =>
    `A draft named “${name}” already exists. Choose another name, or open it and save.`,
  saveAsTitle: 'Save as',
  saveAsSubmit: 'Save',
  cancel: 'Cancel',
  unsavedTitle: 'Unsaved changes',
  unsavedQuestion: (name: string, action: 'new' | 'open') =>
    `Save the changes to “${name}” before ${action === 'new' ? 'starting a new event' : 'opening another draft'}?`,
  unsavedSave: 'Save',
  unsavedDiscard: 'Don’t save',
  deleted: (name: string) => `Deleted “${name}”.`,
  restored: (name: string) => `Restored “${name}”.`,
  duplicated: (name: string) => `Saved a copy as “${name}”.`,
  renamed: (name: string) => `Renamed to “${name}”.`,
  gone: 'That draft no longer exists: it was deleted in another tab.',
  followed: (name: string) => `“${name}” was updated from another tab.`,
  remoteChanged: (name: string) =>
    `“${name}” was changed in another tab. Your unsaved edits are still here; saving keeps both versions.`,
  remoteDeleted: (name: string) => `“${name}” was deleted in another tab. Save to keep it.`,
  loadTheirs: 'Load their version',
  keepMine: 'Keep mine',
  saveAgain: 'Save it again',
  damaged: (keys: string[]) =>
    `${plural(keys.length, 'saved draft could', 'saved drafts could')} not be read (the stored data is damaged). ${keys.length === 1 ? 'It was' : 'They were'} left untouched in local storage under ${keys.map((k) => `“${k}”`).join(', ')}.`,
  blocked: 'Saved drafts are unavailable: this browser blocks local storage. Export your work to keep it.',
  migrationFailed: (n: number) =>
    `${plural(n, 'draft', 'drafts')} saved by an earlier version could not be moved to the new format (local storage is full). They are listed and kept as they were; export them to be safe.`,
  workDamaged:
    'The last unsaved work could not be read (the stored data is damaged), so the form starts from the example event.',
  dialogTitle: 'Drafts',
  filterLabel: 'Find a draft',
  noDrafts: 'No saved drafts yet. Save the open event to keep it here.',
  noMatch: (q: string) => `No draft matches “${q}”.`,
  showing: (shown: number, total: number) =>
    `Showing ${formatCount(shown)} of ${formatCount(total)}; type to narrow the list.`,
  listLabel: 'Saved drafts',
  count: (n: number) => plural(n, 'saved draft', 'saved drafts'),
  open: 'Open',
  duplicate: 'Duplicate',
  rename: 'Rename',
  delete: 'Delete',
  saveName: 'Save name',
  renameLabel: (name: string) => `New name for “${name}”`,
  current: 'open',
  savedAt: (when: string) => `Saved ${when}`,
  filesTitle: 'Files',
  exportCurrent: 'Export open event',
  exportAll: 'Export all drafts',
  importButton: 'Import drafts file…',
  limits: `Drafts are kept in this browser only. A file can hold up to ${formatCount(MAX_IMPORT_DRAFTS)} drafts and ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
  importing: (written: number, total: number) =>
    total > 0
      ? `Importing… ${formatCount(written)} of ${formatCount(total)} drafts stored.`
      : 'Reading the file…',
  importInvalid: (file: string, error: string) => `“${file}” was not imported: ${error} Nothing was changed.`,
  importStorage: (file: string, total: number, reason: WriteFailure) =>
    `“${file}” was not imported: its ${plural(total, 'new draft does', 'new drafts do')} not fit (${why[reason]}). Nothing was changed; delete or export drafts to make room.`,
  importUnreadable: (file: string) => `“${file}” could not be read. Nothing was changed.`,
  imported: (file: string, added: number, already: number, renamed: { from: string; to: string }[]) =>
    [
      added > 0
        ? `Imported ${plural(added, 'draft', 'drafts')} from “${file}”.`
        : `Nothing new in “${file}”.`,
      already > 0 ? `${plural(already, 'draft was', 'drafts were')} already saved and skipped.` : '',
      renamed.length === 1
        ? `“${renamed[0]!.from}” was already taken by another draft, so it was imported as “${renamed[0]!.to}”.`
        : renamed.length > 1
          ? `${formatCount(renamed.length)} drafts had names already taken and were imported as “… (imported)”.`
          : '',
    ]
      .filter(Boolean)
      .join(' '),
};
