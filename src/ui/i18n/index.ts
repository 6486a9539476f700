export { activateLocale, initialLocale, loadCatalogPart, switchLocale } from './activate';
export { activeFormattingLocale, dateTimeFormat, formatNumber } from './format';
export { isAppLocale, LOCALE_NAMES, OFFERED_LOCALES, type AppLocale } from './locales';
export { useLocale } from './use-locale';
export { I18nProvider } from './runtime';
