import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

/**
 * The interface's languages. Messages are written in English in the code (Lingui macros), extracted into
 * src/locales/<locale>/{shell,panels}.po and compiled by the Vite plugin when a catalog is imported; only the
 * active language's catalog is loaded. The macros' runtime (`i18n`, `useLingui`, `Trans`) comes from
 * `#i18n-runtime` so components also render outside the app's provider (component tests).
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'es'],
  fallbackLocales: { default: 'en' },
  catalogs: [
    {
      // What the first paint shows: loaded before the app renders.
      path: '<rootDir>/src/locales/{locale}/shell',
      include: [
        '<rootDir>/src/app',
        '<rootDir>/src/ui',
        '<rootDir>/src/features/composer',
        '<rootDir>/src/features/drafts',
        '<rootDir>/src/features/preview',
        '<rootDir>/src/features/sample-users',
        '<rootDir>/src/features/timezone-picker',
        '<rootDir>/src/features/braze-import/braze-import-button.tsx',
      ],
      exclude: ['**/*.test.*', '<rootDir>/src/ui/i18n/runtime.tsx'],
    },
    {
      // The panels loaded after the first paint: loaded with them (loadCatalogPart('panels')).
      path: '<rootDir>/src/locales/{locale}/panels',
      include: [
        '<rootDir>/src/features/braze-setup',
        '<rootDir>/src/features/calendar',
        '<rootDir>/src/features/test-send',
        '<rootDir>/src/features/audience',
        '<rootDir>/src/features/braze-import',
      ],
      exclude: ['**/*.test.*', '<rootDir>/src/features/braze-import/braze-import-button.tsx'],
    },
  ],
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
  runtimeConfigModule: {
    i18n: ['#i18n', 'i18n'],
    useLingui: ['#i18n-runtime', 'useLingui'],
    Trans: ['#i18n-trans', 'Trans'],
  },
});
