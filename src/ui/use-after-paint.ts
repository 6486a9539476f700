import { useEffect, useState } from 'react';

/**
 * False in the first render, true once the browser has drawn the frame holding it (the update comes in a task
 * after that frame, at normal priority, not as a transition that other updates keep pushing back).
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
