import { Profiler, type ReactNode } from 'react';

/** The parts of a React fiber the counter reads (React DevTools reads the same ones). */
interface Fiber {
  tag: number;
  type: unknown;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  stateNode: unknown;
}

/** Fiber tags of components whose render function runs: function components and simple memo components. */
const FUNCTION_TAGS = new Set([0, 11, 15]);
/** React sets this flag on a fiber whose component rendered (did not bail out) in the current commit. */
const PERFORMED_WORK = 1;

/** A memo() object's inner component, or the component itself. */
const innerOf = (component: unknown): unknown =>
  typeof component === 'object' && component !== null && 'type' in component ? component.type : component;

/**
 * Counts, per watched component, the renders React commits (what the Profiler tab of React DevTools shows),
 * without mocking any module: after each commit it walks the committed tree and counts the watched fibers
 * that are new in this commit and carry React's "performed work" flag. Also sums the commits' render time.
 */
export function createRenderCounter(watched: Record<string, unknown>) {
  const labels = new Map<unknown, string>(Object.entries(watched).map(([label, c]) => [innerOf(c), label]));
  const counts = new Map<string, number>();
  let container: Element | null = null;
  let previous = new WeakSet<Fiber>();
  let renderMs = 0;

  const currentRoot = (): Fiber | null => {
    if (!container) return null;
    const key = Object.keys(container).find((k) => k.startsWith('__reactContainer$'));
    const hostRoot = key ? (container as unknown as Record<string, Fiber>)[key] : undefined;
    return (hostRoot?.stateNode as { current: Fiber } | undefined)?.current ?? null;
  };

  /** Records what rendered in the commit that just happened; `count` false only remembers the tree. */
  const walk = (count: boolean) => {
    const root = currentRoot();
    if (!root) return;
    const seen = new WeakSet<Fiber>();
    const stack: Fiber[] = [root];
    while (stack.length > 0) {
      const fiber = stack.pop()!;
      seen.add(fiber);
      const label = FUNCTION_TAGS.has(fiber.tag) ? labels.get(fiber.type) : undefined;
      if (count && label && !previous.has(fiber) && (fiber.flags & PERFORMED_WORK) !== 0) {
        counts.set(label, (counts.get(label) ?? 0) + 1);
      }
      if (fiber.sibling) stack.push(fiber.sibling);
      if (fiber.child) stack.push(fiber.child);
    }
    previous = seen;
  };

  return {
    /** Wrap the tree to watch in this (its commits trigger the count). */
    Counted({ children }: { children: ReactNode }) {
      return (
        <Profiler
          id="render-counter"
          onRender={(_id, _phase, actualMs) => {
            renderMs += actualMs;
            walk(true);
          }}
        >
          {children}
        </Profiler>
      );
    },
    /** Starts counting the tree rendered into `element` (testing-library's `container`) from now on. */
    attach(element: Element) {
      container = element;
      this.reset();
    },
    /** Forgets the counts so far. */
    reset() {
      counts.clear();
      renderMs = 0;
      walk(false);
    },
    /** Renders of `label` since the last reset. */
    count: (label: string) => counts.get(label) ?? 0,
    /** Render time of all commits since the last reset, in ms (development build, so only for comparing). */
    renderMs: () => renderMs,
  };
}
