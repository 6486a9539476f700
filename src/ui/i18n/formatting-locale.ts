import type { AppLocale } from './locales';

/**
 * The BCP 47 tag dates, times and numbers are formatted with in `locale`: the user's own regional variant
 * of that language when the browser lists one (`es-MX`, `en-GB`), else `es-ES` / `en-US`. Spanish always
 * uses the 24-hour clock (`-u-hc-h23`), as Spanish-speaking marketers and Braze's Spanish dashboard do.
 */
export function formattingLocale(locale: AppLocale, languages: readonly string[]): string {
  const regional = languages.find((tag) => tag.toLowerCase().split(/[-_]/)[0] === locale);
  const base = regional && isValidTag(regional) ? regional : locale === 'es' ? 'es-ES' : 'en-US';
  return locale === 'es' ? `${base.replace(/-u-.*$/i, '')}-u-hc-h23` : base;
}

function isValidTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
