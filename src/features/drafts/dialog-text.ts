import { plural, t } from '@lingui/core/macro';
import { MAX_IMPORT_BYTES, MAX_IMPORT_DRAFTS } from '../../core/drafts';
import { formatNumber } from '../../ui/i18n';

// The sentences of the drafts dialogs (the list, Save as…, unsaved changes) and of the actions on saved
// drafts, loaded with them after the first paint, in the active language (read when shown).

export const dialogText = {
  get nameLabel() {
    return t`Name`;
  },
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
  get unsavedSuffix() {
    return t`unsaved changes`;
  },
  deleted: (name: string) => t`Deleted “${name}”.`,
  restored: (name: string) => t`Restored “${name}”.`,
  duplicated: (name: string) => t`Saved a copy as “${name}”.`,
  renamed: (name: string) => t`Renamed to “${name}”.`,
  importUnreadable: (file: string) => t`“${file}” could not be read. Nothing was changed.`,
};
