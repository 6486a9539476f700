import type { Draft } from '../event';
import { expandDraft } from './record-codec';

/** Session-storage key of this tab's working copy (survives a reload of the tab, not shared with others). */
export const TAB_WORK_KEY = 'rcc.tab.v2';
/** Local-storage key of the newest working copy of any tab: where a new tab starts. */
export const LAST_WORK_KEY = 'rcc.lastwork.v2';
/** Local-storage key of the version-1 autosave, read when nothing newer exists. */
export const LEGACY_AUTOSAVE_KEY = 'rcc.autosave.v1';

/** What is in the editor: the form's draft and the saved draft (id, name, revision, content) it came from. */
export interface WorkingCopy {
  /** The saved draft this work belongs to; null for an untitled document. */
  docId: string | null;
  name: string | null;
  rev: number;
  /** contentKey of the saved revision `rev` (untitled: of the content it started from); null when unknown. */
  baseKey: string | null;
  draft: Draft;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Serialises a working copy for session or local storage. */
export function encodeWorkingCopy(copy: WorkingCopy): string {
  return JSON.stringify({ v: 2, ...copy });
}

/**
 * Reads a stored working copy: the current `{v: 2, …}` shape, the version-1 autosave envelope or a bare draft
 * (both become an untitled document). Half-typed values are kept; returns null for damaged data.
 */
export function decodeWorkingCopy(raw: string): WorkingCopy | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(parsed)) return null;
  if (parsed.v === 2 && isRecord(parsed.draft)) {
    const docId = typeof parsed.docId === 'string' && parsed.docId ? parsed.docId : null;
    return {
      docId,
      name: docId && typeof parsed.name === 'string' ? parsed.name : null,
      rev: docId && typeof parsed.rev === 'number' ? parsed.rev : 0,
      baseKey: typeof parsed.baseKey === 'string' ? parsed.baseKey : null,
      draft: expandDraft(parsed.draft),
    };
  }
  const draft = parsed.format === 'rokt-calendar-composer/autosave' ? parsed.draft : parsed;
  if (!isRecord(draft)) return null;
  return { docId: null, name: null, rev: 0, baseKey: null, draft: expandDraft(draft) };
}
