import { i18n } from './instance';
import { formattingLocale } from './formatting-locale';
import { isAppLocale, LOCALES } from './locales';

let last: { locale: string; languages: readonly string[]; tag: string } | undefined;

/**
 * The tag dates, times and numbers are formatted with now: the active language and the browser's region.
 * Worked out again only when either changes (`navigator.languages` stays the same array until then): the
 * interface asks on every number it writes.
 */
export function activeFormattingLocale(): string {
  const locale = isAppLocale(i18n.locale) ? i18n.locale : LOCALES[0];
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
  if (last?.locale !== locale || last.languages !== languages) {
    last = { locale, languages, tag: formattingLocale(locale, languages) };
  }
  return last.tag;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A count or amount as the active language writes it: `1,234` in English, `1234` / `12.345` in Spanish. */
export function formatNumber(n: number): string {
  const tag = activeFormattingLocale();
  let format = numberFormats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
    numberFormats.set(tag, format);
  }
  return format.format(n);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * An `Intl.DateTimeFormat` for the active language (24-hour in Spanish), cached per language and options:
 * every date and time the interface shows goes through it or through the core formatter with its tag.
 */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const tag = activeFormattingLocale();
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, options);
    dateFormats.set(key, format);
  }
  return format;
}
