import { useSyncExternalStore } from 'react';

type Loaded<T> = { value: T } | { error: unknown };

export interface LoadLaterOptions {
  /**
   * What the user reaches for first (the timezone picker, the preview): drawn the moment it has run. The
   * others are drawn once every such load already started has settled, in a task of their own, so that their
   * render does not hold up the first ones' on a slow laptop.
   */
  first?: boolean;
}

/**
 * The hook loadLater returns; `start()` begins the load before anything using it is drawn (no-op after) and
 * returns the load.
 */
export type LoadedHook<T> = (() => T | undefined) & { start(): Promise<T> };

/**
 * What the loads not marked `first` wait for: the loads marked `first` (a few modules, each loaded once) and
 * anything else the user waits for first (the preview's first answer: see features/preview).
 */
export const firstLoads: Promise<unknown>[] = [];
const wait = (ms?: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Settles in a task of its own once the `first` loads started so far have settled; after 3 s at most, so that
 * a load that hangs does not hide the others for good.
 */
const afterFirst = () => Promise.race([Promise.allSettled(firstLoads), wait(3000)]).then(() => wait());

/**
 * A hook for code loaded after the first paint: it starts the load on first use and returns the module once it
 * has run (undefined before), so the caller draws a stand-in meanwhile. Unlike `React.lazy` nothing suspends:
 * the moment the module arrives (for a load not marked `first`, once the first ones are drawn), the caller's
 * own subtree re-renders alone, at once. (A Suspense boundary waits instead for React's retry of every
 * boundary that resolved meanwhile, a time-sliced render that other updates restart and that React throttles
 * to one reveal per 300 ms: seconds on a slow laptop.) A failed load throws from the hook, to the nearest error
 * boundary, as a lazy component's would.
 */
export function loadLater<T>(load: () => Promise<T>, options: LoadLaterOptions = {}): LoadedHook<T> {
  let loaded: Loaded<T> | undefined;
  let loading: Promise<T> | undefined;
  const listeners = new Set<() => void>();
  const start = () => {
    if (loading) return loading;
    loading = load();
    if (options.first) firstLoads.push(loading);
    void loading
      .then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      )
      .then(async (result: Loaded<T>) => {
        if (!options.first) await afterFirst();
        loaded = result;
        listeners.forEach((listener) => listener());
      });
    return loading;
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const snapshot = () => loaded;
  function useLoaded() {
    // Started while rendering, as React.lazy does, so the module is requested before the first commit.
    start();
    const state = useSyncExternalStore(subscribe, snapshot);
    if (state && 'error' in state) throw state.error;
    return state?.value;
  }
  return Object.assign(useLoaded, { start });
}
