import { readAutosave } from '../../core/drafts';
import { defaultDraft, type Draft } from '../../core/event';
import { hostWindowsZone } from '../../core/timezones';
import { browserStorage } from './browser-storage';

let loadNotice: string | null = null;

/**
 * The draft the app starts with: the autosaved one, or (first visit) the example event in the browser's
 * timezone. Never throws; damaged stored data leaves a notice that DraftsMenu shows.
 */
export function loadInitialDraft(): Draft {
  try {
    const { draft, notice } = readAutosave(browserStorage());
    loadNotice = notice ?? null;
    if (draft) return draft;
  } catch {
    loadNotice = 'The autosaved draft could not be read, so the form starts from the example event.';
  }
  const fresh = defaultDraft();
  return { ...fresh, timezone: hostWindowsZone(fresh.timezone) };
}

/** The notice left by the last loadInitialDraft call (damaged autosave), or null. */
export function initialLoadNotice(): string | null {
  return loadNotice;
}
