import { plural, t } from '@lingui/core/macro';
import type { WriteFailure } from '../../core/drafts';
import { formatNumber } from '../../ui/i18n';
import type { DraftsLibrary } from './drafts-library';
import { runImport } from './import-runner';
import { why } from './text';

// Loaded when the user imports a drafts file: the import itself and the sentences that report it.

const importText = {
  importInvalid: (file: string, error: string) =>
    t`“${file}” was not imported: ${error} Nothing was changed.`,
  importStorage: (file: string, total: number, reason: WriteFailure) => {
    const cause = why(reason);
    return plural(total, {
      one: `“${file}” was not imported: its # new draft does not fit (${cause}). Nothing was changed; delete or export drafts to make room.`,
      other: `“${file}” was not imported: its # new drafts do not fit (${cause}). Nothing was changed; delete or export drafts to make room.`,
    });
  },
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

/** Imports `file` (see runImport) and words the outcome for the import status line, in the active language. */
export async function importFileReport(
  file: File,
  library: DraftsLibrary,
  onProgress: (written: number, total: number) => void,
): Promise<{ tone: 'info' | 'error'; text: string }> {
  const outcome = await runImport(file, library, onProgress);
  if (outcome.kind === 'done') {
    const notes = outcome.notes.length > 0 ? ` ${outcome.notes.join(' ')}` : '';
    return {
      tone: 'info',
      text: importText.imported(file.name, outcome.added, outcome.alreadySaved, outcome.renamed) + notes,
    };
  }
  return {
    tone: 'error',
    text:
      outcome.kind === 'invalid'
        ? importText.importInvalid(file.name, outcome.error)
        : importText.importStorage(file.name, outcome.total, outcome.reason),
  };
}
