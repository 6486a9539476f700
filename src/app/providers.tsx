import type { ReactNode } from 'react';

/**
 * Wraps the app in the providers every feature may rely on. There is none at the moment: react-query's client
 * is provided by the features that fetch (src/ui/query-client.tsx), so that the library loads with their code,
 * after the first paint.
 */
export function Providers({ children }: { children: ReactNode }) {
  return children;
}
