import { useEffect, useRef } from 'react';
import { contentKey, remoteChange, type NamedDraft, type WorkingCopy } from '../../core/drafts';
import type { Draft } from '../../core/event';
import type { DraftsLibrary } from './drafts-library';

/** How the open document reacts to another tab: take over its version, or warn (changed or deleted). */
export interface SyncHandlers {
  follow(record: NamedDraft, contentChanged: boolean): void;
  rename(record: NamedDraft): void;
  warnChanged(record: NamedDraft): void;
  warnDeleted(): void;
}

/**
 * Follows other tabs' changes to the open draft (and, once at start, changes made while this tab was away),
 * applying the revision rules of core's remoteChange.
 */
export function useDocumentSync(
  library: DraftsLibrary,
  copy: WorkingCopy,
  draft: Draft,
  handlers: SyncHandlers,
): void {
  const latest = useRef({ copy, draft, handlers });
  useEffect(() => {
    latest.current = { copy, draft, handlers };
  });

  useEffect(() => {
    const react = (record: NamedDraft | null) => {
      const { copy: open, draft: current, handlers: on } = latest.current;
      if (!open.docId) return;
      const base = { id: open.docId, name: open.name ?? '', rev: open.rev, baseKey: open.baseKey };
      const change = remoteChange(base, current, record);
      if (change.kind === 'follow') {
        on.follow(change.record, contentKey(change.record.draft) !== contentKey(current));
      } else if (change.kind === 'renamed') on.rename(change.record);
      else if (change.kind === 'warn-changed') on.warnChanged(change.record);
      else if (change.kind === 'warn-deleted') on.warnDeleted();
    };
    const startId = latest.current.copy.docId;
    if (startId) react(library.get(startId));
    const stopChanges = library.onChange((id, record) => {
      if (id === latest.current.copy.docId) react(record);
    });
    const area = (() => {
      try {
        return globalThis.localStorage ?? null;
      } catch {
        return null;
      }
    })();
    const disconnect = library.connect(window, area);
    return () => {
      stopChanges();
      disconnect();
    };
  }, [library]);
}
