import {
  checkedWrite,
  contentKey,
  decodeWorkingCopy,
  encodeWorkingCopy,
  LAST_WORK_KEY,
  LEGACY_AUTOSAVE_KEY,
  safeRead,
  TAB_WORK_KEY,
  type WorkingCopy,
  type WriteResult,
} from '../../core/drafts';
import { defaultDraft, type Draft } from '../../core/event';
import { hostWindowsZone } from '../../core/timezones';
import { i18n } from '../../ui/i18n/instance';
import { localStore, sessionStore } from './browser-storage';
import { text } from './text';

/** Where the editor starts: the working copy to show and a sentence when stored work had to be set aside. */
export interface StartingCopy {
  copy: WorkingCopy;
  notice: string | null;
}

/** The example event in the browser's timezone and the interface's language, as an untitled document. */
export function freshCopy(): WorkingCopy {
  const fresh = defaultDraft(i18n.locale);
  const draft: Draft = { ...fresh, timezone: hostWindowsZone(fresh.timezone) };
  return { docId: null, name: null, rev: 0, baseKey: contentKey(draft), draft };
}

/**
 * The work the editor opens with: this tab's own working copy (after a reload), else the newest work of any tab,
 * else the version-1 autosave, else the example event. Never throws.
 */
export function loadStartingCopy(): StartingCopy {
  const sources: [() => string | null][] = [
    [() => safeRead(sessionStore(), TAB_WORK_KEY)],
    [() => safeRead(localStore(), LAST_WORK_KEY)],
    [() => safeRead(localStore(), LEGACY_AUTOSAVE_KEY)],
  ];
  let damaged = false;
  for (const [read] of sources) {
    const raw = read();
    if (raw === null) continue;
    const copy = decodeWorkingCopy(raw);
    if (copy) {
      return { copy: { ...copy, baseKey: copy.baseKey ?? '' }, notice: damaged ? text.workDamaged : null };
    }
    damaged = true;
  }
  return { copy: freshCopy(), notice: damaged ? text.workDamaged : null };
}

/**
 * Keeps the working copy for this tab (session storage, for a reload) and as the newest work for a new tab
 * (local storage); each write is read back. Returns the local write's outcome: the one that can fill up.
 */
export function backUpWorkingCopy(copy: WorkingCopy): WriteResult {
  const value = encodeWorkingCopy(copy);
  checkedWrite(sessionStore(), TAB_WORK_KEY, value);
  return checkedWrite(localStore(), LAST_WORK_KEY, value);
}
