import type { ReactNode } from 'react';
import { I18nProvider } from '../ui/i18n';

/**
 * Wraps the app in the providers every feature may rely on: the active language. react-query's client is
 * provided by the feature that uses it (Send test, through src/ui/query-client.tsx), so that the library loads
 * with its code, after the first paint.
 */
export function Providers({ children }: { children: ReactNode }) {
  return <I18nProvider>{children}</I18nProvider>;
}
