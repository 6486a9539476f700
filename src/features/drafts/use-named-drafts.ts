import { useCallback, useState } from 'react';
import {
  deleteDraft,
  duplicateDraft,
  mergeImported,
  parseDraftsFile,
  readNamedDrafts,
  renameDraft,
  saveDraftAs,
  writeNamedDrafts,
  type NamedDraft,
} from '../../core/drafts';
import type { Draft } from '../../core/event';
import { browserStorage } from './browser-storage';
import { initialLoadNotice } from './load-initial-draft';

/** A message for the marketer after an action. */
export interface DraftsStatus {
  kind: 'error' | 'success';
  text: string;
}

function initialState() {
  const { drafts, notice } = readNamedDrafts(browserStorage());
  const notices = [initialLoadNotice(), notice].filter((n): n is string => Boolean(n));
  return { drafts, notices };
}

/** The persisted named drafts with save/duplicate/rename/delete/import actions and their status messages. */
export function useNamedDrafts() {
  const [initial] = useState(initialState);
  const [drafts, setDrafts] = useState<NamedDraft[]>(initial.drafts);
  const [notices, setNotices] = useState<string[]>(initial.notices);
  const [status, setStatus] = useState<DraftsStatus | null>(null);

  const commit = useCallback((next: NamedDraft[], success: string) => {
    const written = writeNamedDrafts(browserStorage(), next);
    if (!written.ok) {
      setStatus({ kind: 'error', text: written.error });
      return false;
    }
    setDrafts(next);
    setStatus({ kind: 'success', text: success });
    return true;
  }, []);

  const saveAs = (name: string, draft: Draft) => {
    const { drafts: next, saved } = saveDraftAs(drafts, name, draft);
    return commit(next, `Saved “${saved.name}”.`);
  };
  const duplicate = (id: string) => commit(duplicateDraft(drafts, id), 'Draft duplicated.');
  const rename = (id: string, name: string) => commit(renameDraft(drafts, id, name), 'Draft renamed.');
  const remove = (id: string) => {
    const name = drafts.find((d) => d.id === id)?.name ?? 'the draft';
    return commit(deleteDraft(drafts, id), `Deleted “${name}”.`);
  };
  /** Reads a file; on any problem shows the error and changes nothing. */
  const importText = (text: string, fileName: string) => {
    const result = parseDraftsFile(text);
    if (!result.ok) {
      setStatus({
        kind: 'error',
        text: `“${fileName}” was not imported: ${result.error} Nothing was changed.`,
      });
      return false;
    }
    const count = result.drafts.length;
    const extra = result.notes.length > 0 ? ` ${result.notes.join(' ')}` : '';
    return commit(
      mergeImported(drafts, result.drafts),
      `Imported ${count} draft${count === 1 ? '' : 's'} from “${fileName}”.${extra}`,
    );
  };
  const dismissNotice = (notice: string) => setNotices((list) => list.filter((n) => n !== notice));

  return { drafts, notices, status, setStatus, saveAs, duplicate, rename, remove, importText, dismissNotice };
}

/** The hook's return type, for the menu's sub-components. */
export type NamedDraftsApi = ReturnType<typeof useNamedDrafts>;
