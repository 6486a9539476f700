import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, type ReactNode } from 'react';

let shared: QueryClient | undefined;

/** The page's one react-query client, created by the first feature that fetches. */
function sharedClient(): QueryClient {
  shared ??= new QueryClient({
    defaultOptions: {
      queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 60_000 },
      mutations: { retry: false },
    },
  });
  return shared;
}

/**
 * Gives `children` the page's react-query client, unless a provider above (a test's) already does. The
 * features that use react-query wrap themselves in it from their lazily loaded code, so it loads with them,
 * after the first paint, and every one of them shares one client and one cache.
 */
export function WithQueryClient({ children }: { children: ReactNode }) {
  const outer = useContext(QueryClientContext);
  if (outer) return children;
  return <QueryClientProvider client={sharedClient()}>{children}</QueryClientProvider>;
}
