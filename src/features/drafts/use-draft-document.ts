import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import {
  contentKey,
  decideSave,
  type NamedDraft,
  type WorkingCopy,
  type WriteFailure,
  type WriteResult,
} from '../../core/drafts';
import type { Draft } from '../../core/event';
import { localStore, newDraftId } from './browser-storage';
import { DraftsLibrary } from './drafts-library';
import { freshCopy, type StartingCopy } from './starting-copy';
import { startupNotices } from './startup-notices';
import { text } from './text';
import { useBackup } from './use-backup';
import { useDocumentSync } from './use-document-sync';
import { useLibraryActions } from './use-library-actions';

/** An action that replaces the open document, held while the marketer answers the unsaved-changes question. */
export type PendingAction = { kind: 'new' } | { kind: 'open'; id: string };
/** A message after an action, with an optional undo. */
export interface Toast {
  text: string;
  tone: 'info' | 'error';
  undo?: () => void;
}
/** A change made in another tab to the open draft that needs the marketer's decision. */
export type RemoteNotice = { kind: 'changed'; record: NamedDraft } | { kind: 'deleted'; name: string };
/** The state shown next to the document name. */
type DocumentState = 'new' | 'saved' | 'unsaved' | 'saving' | 'failed';

/**
 * The open document and the saved drafts: New, Open, Save (never over an unseen revision), Save as, with the
 * unsaved-changes question, live updates from other tabs, a working copy kept through reloads, and storage
 * failures reported with the work kept.
 */
export function useDraftDocument(start: StartingCopy, draft: Draft, load: (draft: Draft) => void) {
  const [library] = useState(() => new DraftsLibrary(localStore()));
  const drafts = useSyncExternalStore(library.subscribe, library.list);
  const [meta, setMeta] = useState<Omit<WorkingCopy, 'draft'>>(() => ({
    ...start.copy,
    baseKey: start.copy.baseKey ?? '',
  }));
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<{ reason: WriteFailure; during: 'save' | 'backup' } | null>(null);
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [nameRequest, setNameRequest] = useState<{ then: PendingAction | null } | null>(null);
  const [remote, setRemote] = useState<RemoteNotice | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [notices, setNotices] = useState(() => startupNotices(library.startup, start.notice));

  const currentKey = useMemo(() => contentKey(draft), [draft]);
  const dirty = currentKey !== meta.baseKey;
  const copy = useMemo<WorkingCopy>(() => ({ ...meta, draft }), [meta, draft]);
  const displayName = meta.name ?? text.untitled;

  const loadRecord = useCallback(
    (record: NamedDraft) => {
      load(record.draft);
      setMeta({ docId: record.id, name: record.name, rev: record.rev, baseKey: contentKey(record.draft) });
      setRemote(null);
    },
    [load],
  );
  const fail = (reason: WriteFailure, during: 'save' | 'backup') => {
    setFailure({ reason, during });
    return false;
  };

  const run = (action: PendingAction) => {
    setPending(null);
    if (action.kind === 'new') {
      const fresh = freshCopy();
      load(fresh.draft);
      setMeta({ docId: null, name: null, rev: 0, baseKey: fresh.baseKey ?? '' });
      setRemote(null);
      return;
    }
    const record = library.fresh(action.id);
    if (!record) setToast({ text: text.gone, tone: 'error' });
    else loadRecord(record);
  };
  /** Runs New or Open at once, or first asks what to do with unsaved changes. */
  const request = (action: PendingAction) => (dirty ? setPending(action) : run(action));

  const afterSave = (written: NamedDraft, message: string, then: PendingAction | null) => {
    setMeta({ docId: written.id, name: written.name, rev: written.rev, baseKey: currentKey });
    setFailure(null);
    setRemote(null);
    setToast({ text: message, tone: 'info' });
    if (then) run(then);
    return true;
  };

  /** Saves to the open draft (asks for a name when it has none); a newer revision elsewhere keeps both. */
  const save = (then: PendingAction | null = null): boolean => {
    setPending(null);
    if (!meta.docId) {
      setNameRequest({ then });
      return false;
    }
    setSaving(true);
    try {
      const decision = decideSave({
        stored: library.fresh(meta.docId),
        base: { id: meta.docId, name: meta.name ?? '', rev: meta.rev, baseKey: meta.baseKey },
        draft,
        now: new Date(),
        takenNames: library.names(),
        newId: newDraftId,
      });
      if (decision.kind === 'unchanged')
        return afterSave(decision.record, text.saved(decision.record.name), then);
      const record = decision.kind === 'write' ? decision.record : decision.copy;
      const written = library.put(record);
      if (!written.ok) return fail(written.reason, 'save');
      if (decision.kind === 'conflict') {
        return afterSave(record, text.conflict(decision.theirs.name, record.name), then);
      }
      return afterSave(
        record,
        decision.recreated ? text.recreated(record.name) : text.saved(record.name),
        then,
      );
    } finally {
      setSaving(false);
    }
  };

  /** Saves the form as a new draft named `name`; returns an error sentence for the name field, or null. */
  const saveAs = (name: string): string | null => {
    const trimmed = name.trim();
    if (!trimmed) return text.nameRequired;
    if (library.names().has(trimmed)) return text.nameTaken(trimmed);
    const record: NamedDraft = {
      id: newDraftId(),
      name: trimmed,
      rev: 1,
      savedAt: new Date().toISOString(),
      draft,
    };
    const written = library.put(record);
    const then = nameRequest?.then ?? null;
    setNameRequest(null);
    if (!written.ok) fail(written.reason, 'save');
    else afterSave(record, text.saved(trimmed), then);
    return null;
  };

  const onBackup = useCallback((result: WriteResult) => {
    // A failed Save says more than the background copy failing for the same reason: keep its words.
    if (!result.ok)
      setFailure((f) =>
        f?.during === 'save' && f.reason === result.reason ? f : { reason: result.reason, during: 'backup' },
      );
    else setFailure((f) => (f?.during === 'backup' ? null : f));
  }, []);
  useBackup(copy, onBackup);

  useDocumentSync(library, copy, draft, {
    follow: (record, changed) => {
      loadRecord(record);
      if (changed) setToast({ text: text.followed(record.name), tone: 'info' });
    },
    rename: (record) => setMeta((m) => ({ ...m, name: record.name, rev: record.rev })),
    warnChanged: (record) => setRemote({ kind: 'changed', record }),
    warnDeleted: () => setRemote({ kind: 'deleted', name: meta.name ?? text.untitled }),
  });

  const saveShortcut = useRef(save);
  useEffect(() => {
    saveShortcut.current = save;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        saveShortcut.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const actions = useLibraryActions({ library, meta, setMeta, draft, currentKey, setToast, fail });
  const state: DocumentState = saving
    ? 'saving'
    : failure
      ? 'failed'
      : dirty
        ? 'unsaved'
        : meta.docId
          ? 'saved'
          : 'new';

  return {
    library,
    drafts,
    draft,
    meta,
    displayName,
    dirty,
    state,
    failure,
    pending,
    nameRequest,
    remote,
    toast,
    notices,
    newDocument: () => request({ kind: 'new' }),
    openDraft: (id: string) => request({ kind: 'open', id }),
    save: () => save(),
    askSaveAs: () => setNameRequest({ then: null }),
    saveAs,
    cancelNameRequest: () => setNameRequest(null),
    resolvePending: (choice: 'save' | 'discard' | 'cancel') => {
      if (!pending) return;
      if (choice === 'save') save(pending);
      else if (choice === 'discard') run(pending);
      else setPending(null);
    },
    loadTheirs: () => remote?.kind === 'changed' && loadRecord(remote.record),
    dismissRemote: () => setRemote(null),
    dismissToast: () => setToast(null),
    dismissFailure: () => setFailure(null),
    dismissNotice: (notice: string) => setNotices((list) => list.filter((n) => n !== notice)),
    setToast,
    ...actions,
  };
}

/** Everything the drafts UI needs from useDraftDocument. */
export type DraftDocument = ReturnType<typeof useDraftDocument>;
