import { useSyncExternalStore } from 'react';

type Loaded<T> = { value: T } | { error: unknown };

/**
 * A hook for code loaded after the first paint: it starts the load on first use and returns the module once it
 * has run (undefined before), so the caller draws a stand-in meanwhile. Unlike `React.lazy` nothing suspends:
 * the moment the module arrives, the caller's own subtree re-renders alone, at once. (A Suspense boundary waits
 * instead for React's retry of every boundary that resolved meanwhile, a time-sliced render that other updates
 * restart and that React throttles to one reveal per 300 ms: seconds on a slow laptop.) A failed load throws
 * from the hook, to the nearest error boundary, as a lazy component's would.
 */
export function loadLater<T>(load: () => Promise<T>): () => T | undefined {
  let loaded: Loaded<T> | undefined;
  let started = false;
  const listeners = new Set<() => void>();
  const start = () => {
    if (started) return;
    started = true;
    void load()
      .then(
        (value) => (loaded = { value }),
        (error: unknown) => (loaded = { error }),
      )
      .then(() => listeners.forEach((listener) => listener()));
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const snapshot = () => loaded;
  return function useLoaded() {
    // Started while rendering, as React.lazy does, so the module is requested before the first commit.
    start();
    const state = useSyncExternalStore(subscribe, snapshot);
    if (state && 'error' in state) throw state.error;
    return state?.value;
  };
}
