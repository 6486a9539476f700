import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderBraze } from './render-braze';
import { GUIDE_USER } from '../../testing/liquid-fixtures';

const NOW = new Date('2024-03-10T12:00:00Z');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the render time limit in the twin', () => {
  // A clock that moves a second at each read: the render is past its 500 ms limit from the second read on.
  const slowClock = () => {
    let t = performance.now();
    return vi.spyOn(performance, 'now').mockImplementation(() => (t += 1000));
  };

  it.each([
    ['a loop', '{% for i in (1..50) %}{{ i }}{% endfor %}'],
    ['text and output', 'a{{ 1 }}b{{ 2 }}c{{ 3 }}d{{ 4 }}e{{ 5 }}f{{ 6 }}g{{ 7 }}h{{ 8 }}i{{ 9 }}'],
    ['captures', '{% capture a %}x{% endcapture %}'.repeat(12)],
  ])('stops %s that runs past the limit, as liquidjs does', async (_name, source) => {
    const clock = slowClock();
    const result = await renderBraze(source, GUIDE_USER, { now: NOW });
    expect(result).toMatchObject({ ok: false, problem: { code: 'liquid.limit' } });
    expect(!result.ok && result.problem?.message).toMatch(/too much work/);
    expect(clock).toHaveBeenCalled();
  });
});
