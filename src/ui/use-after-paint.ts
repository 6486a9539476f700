import { useEffect, useState } from 'react';

/**
 * False in the first render, true once the browser has drawn the frame holding it (the update comes in a task
 * after that frame, at normal priority, not as a transition that other updates keep pushing back). Given
 * `along`, it waits after that frame for it to settle too, 300 ms at most: what is drawn then can use it.
 */
export function useAfterPaint(along?: Promise<unknown>): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => setPainted(true);
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(done, along ? 300 : 0);
      along?.then(done, done);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted, along]);
  return painted;
}
