import { plural, t } from '@lingui/core/macro';
import type { WriteFailure } from '../../core/drafts';

// Every sentence the drafts feature shows, in one place, in the active language (read when shown).

/** Why a write to local storage failed, as the end of a sentence. */
export const why = (reason: WriteFailure): string => {
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
  get nameRequired() {
    return t`Enter a name for the draft.`;
  },
  nameTaken: (name: string) =>
    t`A draft named “${name}” already exists. Choose another name, or open it and save.`,
  get gone() {
    return t`That draft no longer exists: it was deleted in another tab.`;
  },
  followed: (name: string) => t`“${name}” was updated from another tab.`,
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
};
