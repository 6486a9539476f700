import { useLingui } from '#i18n-runtime';
import { isAppLocale, LOCALES, type AppLocale } from './locales';
import { formattingLocale } from './formatting-locale';

/** The active interface language and the tag to format dates, times and numbers with; re-renders on a switch. */
export function useLocale(): { locale: AppLocale; formatLocale: string } {
  const { i18n } = useLingui();
  const locale = isAppLocale(i18n.locale) ? i18n.locale : LOCALES[0];
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
  return { locale, formatLocale: formattingLocale(locale, languages) };
}
