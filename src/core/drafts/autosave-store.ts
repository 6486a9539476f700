import { coerceDraft } from '../template';
import type { Draft } from '../event';
import type { KeyValueStorage } from './format';
import { CORRUPT_SUFFIX } from './drafts-store';

/** Local-storage key of the autosaved current draft. */
export const AUTOSAVE_KEY = 'rcc.autosave.v1';
const AUTOSAVE_FORMAT = 'rokt-calendar-composer/autosave';

/** The autosaved draft (null when there is none) and a notice when stored data had to be set aside. */
export interface AutosaveRead {
  draft: Draft | null;
  notice?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the autosaved draft; never throws. Half-typed values are kept (coerceDraft); damaged data
 * is copied to a backup key and reported in `notice`.
 */
export function readAutosave(storage: KeyValueStorage): AutosaveRead {
  let raw: string | null;
  try {
    raw = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return { draft: null };
  }
  if (raw === null) return { draft: null };
  try {
    const parsed: unknown = JSON.parse(raw);
    // Version 1 wraps the draft; a bare draft object (pre-envelope) is accepted too.
    const draft = isRecord(parsed) && parsed.format === AUTOSAVE_FORMAT ? parsed.draft : parsed;
    if (isRecord(draft)) return { draft: { ...draft, ...coerceDraft(draft) } };
  } catch {
    // fall through to the notice below
  }
  try {
    storage.setItem(AUTOSAVE_KEY + CORRUPT_SUFFIX, raw);
  } catch {
    // nothing more we can do; the notice still explains
  }
  return {
    draft: null,
    notice:
      'The autosaved draft could not be read (the stored data is damaged), so the form starts from the example event.',
  };
}

/** Saves the current draft under the autosave key; returns false when storage refuses. */
export function writeAutosave(storage: KeyValueStorage, draft: Draft, now: Date = new Date()): boolean {
  try {
    storage.setItem(
      AUTOSAVE_KEY,
      JSON.stringify({ format: AUTOSAVE_FORMAT, version: 1, savedAt: now.toISOString(), draft }),
    );
    return true;
  } catch {
    return false;
  }
}
