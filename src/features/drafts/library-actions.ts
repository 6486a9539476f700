import {
  contentKey,
  draftsFileName,
  draftsFileText,
  suffixedName,
  type NamedDraft,
  type WorkingCopy,
  type WriteFailure,
} from '../../core/drafts';
import type { Draft } from '../../core/event';
import { newDraftId } from './browser-storage';
import { downloadJson } from './download';
import type { DraftsLibrary } from './drafts-library';
import type { ImportTracker } from './import-tracker';
import { dialogText } from './dialog-text';
import { text } from './text';
import type { Toast } from './use-draft-document';

/** What the actions work on: the library, the open document and the ways to report. */
export interface ActionDeps {
  library: DraftsLibrary;
  meta: Omit<WorkingCopy, 'draft'>;
  setMeta(update: (meta: Omit<WorkingCopy, 'draft'>) => Omit<WorkingCopy, 'draft'>): void;
  draft: Draft;
  currentKey: string;
  setToast(toast: Toast | null): void;
  fail(reason: WriteFailure, during: 'save'): boolean;
  /** The running or last import, shown by the Drafts dialog. */
  imports: ImportTracker;
}

/** How often a running import reports progress. */
const PROGRESS_MS = 250;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Duplicate, rename, delete with undo, export and import over the saved drafts. Used by the Drafts dialog and
 * the notices, so this code loads with them, after the first paint.
 */
export function libraryActions({
  library,
  meta,
  setMeta,
  draft,
  currentKey,
  setToast,
  fail,
  imports,
}: ActionDeps) {
  const duplicate = (id: string) => {
    const source = library.fresh(id);
    if (!source) return setToast({ text: text.gone, tone: 'error' });
    const copy: NamedDraft = {
      ...source,
      id: newDraftId(),
      name: suffixedName(library.names(), source.name, 'copy'),
      rev: 1,
      savedAt: new Date().toISOString(),
      draft: structuredClone(source.draft),
    };
    const written = library.put(copy);
    if (!written.ok) return fail(written.reason, 'save');
    setToast({ text: dialogText.duplicated(copy.name), tone: 'info' });
  };

  /** Renames a saved draft; returns an error sentence for the name field, or null. */
  const rename = (id: string, name: string): string | null => {
    const trimmed = name.trim();
    if (!trimmed) return text.nameRequired;
    const stored = library.fresh(id);
    if (!stored) return text.gone;
    if (trimmed === stored.name) return null;
    if (library.names().has(trimmed)) return text.nameTaken(trimmed);
    const written = library.put({ ...stored, name: trimmed, rev: stored.rev + 1 });
    if (!written.ok) {
      fail(written.reason, 'save');
      return null;
    }
    if (id === meta.docId) {
      setMeta((m) => ({ ...m, name: trimmed, rev: m.rev === stored.rev ? stored.rev + 1 : m.rev }));
    }
    setToast({ text: dialogText.renamed(trimmed), tone: 'info' });
    return null;
  };

  /** Deletes a saved draft at once and offers Undo (the same draft, same id and revision, comes back). */
  const remove = (id: string) => {
    const stored = library.fresh(id);
    if (!stored) return setToast({ text: text.gone, tone: 'error' });
    const removed = library.remove(id);
    if (!removed.ok) return fail(removed.reason, 'save');
    const wasOpen = id === meta.docId;
    // The open draft's content stays in the editor as an untitled document with unsaved changes.
    if (wasOpen) setMeta(() => ({ docId: null, name: null, rev: 0, baseKey: '' }));
    setToast({
      text: dialogText.deleted(stored.name),
      tone: 'info',
      undo: () => {
        const restored = library.put(stored);
        if (!restored.ok) return fail(restored.reason, 'save');
        if (wasOpen) {
          setMeta((m) =>
            m.docId === null
              ? { docId: stored.id, name: stored.name, rev: stored.rev, baseKey: contentKey(stored.draft) }
              : m,
          );
        }
        setToast({ text: dialogText.restored(stored.name), tone: 'info' });
      },
    });
  };

  /** Downloads every saved draft plus, when there are unsaved changes, the open work as one more entry. */
  const exportAll = () => {
    const entries = [...library.list()];
    if (currentKey !== meta.baseKey) {
      const name = `${meta.name ?? text.untitled} (${dialogText.unsavedSuffix})`;
      entries.unshift({ id: newDraftId(), name, rev: 1, savedAt: new Date().toISOString(), draft });
    }
    downloadJson(`rokt-calendar-drafts-${today()}.rcc.json`, draftsFileText(entries, new Date()));
  };

  const exportCurrent = () => {
    const name = meta.name ?? (draft.title.trim() || text.untitled);
    const entry: NamedDraft = {
      id: meta.docId ?? newDraftId(),
      name,
      rev: Math.max(meta.rev, 1),
      savedAt: new Date().toISOString(),
      draft,
    };
    downloadJson(draftsFileName(name), draftsFileText([entry], new Date()));
  };

  const importFile = async (file: File) => {
    if (imports.get()?.kind === 'running') return;
    imports.set({ kind: 'running', file: file.name, written: 0, total: 0 });
    let reported = 0;
    try {
      // The import code loads with the first import (it is not needed to draw the page).
      const { importFileReport } = await import('./import-report');
      const report = await importFileReport(file, library, (written, total) => {
        if (performance.now() - reported < PROGRESS_MS) return;
        reported = performance.now();
        imports.set({ kind: 'running', file: file.name, written, total });
      });
      imports.set({ kind: 'finished', ...report });
    } catch {
      imports.set({ kind: 'finished', tone: 'error', text: dialogText.importUnreadable(file.name) });
    }
  };

  return { duplicate, rename, remove, exportAll, exportCurrent, importFile };
}
