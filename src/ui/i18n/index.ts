export { activateLocale, initialLocale, loadCatalogPart, switchLocale, type CatalogPart } from './activate';
export { activeFormattingLocale, dateTimeFormat, formatNumber } from './format';
export { formattingLocale } from './formatting-locale';
export { detectLocale, isAppLocale, LOCALE_NAMES, LOCALES, OFFERED_LOCALES, type AppLocale } from './locales';
export { useLocale } from './use-locale';
export { I18nProvider } from './runtime';
