/** The interface languages, the first being the default and the language of the code's messages. */
export const LOCALES = ['en', 'es'] as const;

/** One interface language. */
export type AppLocale = (typeof LOCALES)[number];

/**
 * The languages users can pick or get from their browser: those whose every screen is translated.
 * A language with a catalog but screens still in English is left out, so no screen mixes languages.
 */
export const OFFERED_LOCALES: readonly AppLocale[] = ['en', 'es'];

/** Each language's name in itself, for the switcher. */
export const LOCALE_NAMES: Record<AppLocale, string> = { en: 'English', es: 'Español' };

/** True when `value` is one of the interface languages. */
export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

const isOffered = (value: unknown, offered: readonly AppLocale[]): value is AppLocale =>
  isAppLocale(value) && offered.includes(value);

/**
 * The interface language for a user: the remembered choice when there is one, otherwise the first of the
 * browser's languages (`navigator.languages`, `es-MX` counts as `es`) we speak, otherwise English.
 */
export function detectLocale(
  remembered: string | null | undefined,
  languages: readonly string[],
  offered: readonly AppLocale[] = OFFERED_LOCALES,
): AppLocale {
  if (isOffered(remembered, offered)) return remembered;
  for (const tag of languages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isOffered(base, offered)) return base;
  }
  return LOCALES[0];
}
