/** A test helper for the wall-clock render time limit of the Liquid renderer. */
import { vi } from 'vitest';

/**
 * Runs the clock the render time limit reads (`performance.now`, for liquidjs and the synchronous twin) at a
 * tenth of its speed until the returned function is called, so the limit stands at about ten times its
 * length. A test that renders hundreds of templates and compares them is then not failed by one render that a
 * busy machine, or mutation-test instrumentation, paused past the limit: it keeps comparing renderings.
 */
export function slowRenderClock(): () => void {
  const now = performance.now.bind(performance);
  const start = now();
  const clock = vi.spyOn(performance, 'now').mockImplementation(() => start + (now() - start) / 10);
  return () => clock.mockRestore();
}
