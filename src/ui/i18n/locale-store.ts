import { isAppLocale, type AppLocale } from './locales';

const KEY = 'rcc.locale';

/** The language the user chose in the header, or null (never chosen, or storage unavailable). */
export function readRememberedLocale(): AppLocale | null {
  try {
    const value = localStorage.getItem(KEY);
    return isAppLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the user's language choice; a full or blocked storage only loses the memory, never the choice. */
export function rememberLocale(locale: AppLocale): void {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Private mode or a full quota: the language still applies to this page.
  }
}
