import { i18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import type { ReactNode } from 'react';

/**
 * Wraps the app in the providers every feature may rely on: the active language. react-query's client is
 * provided by the features that fetch (src/ui/query-client.tsx), so that the library loads with their code,
 * after the first paint.
 */
export function Providers({ children }: { children: ReactNode }) {
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>;
}
