/**
 * Refusals made before parsing, so a hostile template ends at once with the limit named: the text is
 * too long, or its blocks nest deeper than Ruby Liquid allows (100 levels, its "Nesting too deep").
 */
import { positionOf } from './positions';
import type { LiquidProblem } from './types';

/** Limits that keep a runaway template from freezing the page. */
export const LIMITS = {
  /** Characters of template text. */
  parseLimit: 200_000,
  /**
   * Milliseconds of rendering, wall-clock. A normal template renders in a few milliseconds, but a busy machine
   * can pause one render past 200 ms (the default template tripped that limit at load 15); 500 ms keeps a
   * wide margin and still answers before the preview worker's own 1 s guard.
   */
  renderLimit: 500,
  /** liquidjs "memory" units: roughly characters and array/range elements created. */
  memoryLimit: 5_000_000,
  /** Blocks inside blocks (Ruby Liquid's limit). */
  nestingLimit: 100,
};

const BLOCKS = new Set(['if', 'unless', 'for', 'case', 'capture', 'tablerow', 'ifchanged', 'comment']);
const TAG = /\{%-?\s*(\w+)/g;
const ENDRAW = /\{%-?\s*endraw\s*-?%\}/g;

const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The problem that stops `source` before parsing, or null when it is within the limits. */
export function refuseOversized(source: string): LiquidProblem | null {
  if (source.length > LIMITS.parseLimit) {
    return {
      code: 'liquid.limit',
      message: `This text is ${grouped(source.length)} characters long; the preview renders up to ${grouped(LIMITS.parseLimit)}. Shorten it.`,
      ...positionOf(source, LIMITS.parseLimit),
    };
  }
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(source); m; m = TAG.exec(source)) {
    const name = m[1]!;
    if (name === 'raw') {
      ENDRAW.lastIndex = TAG.lastIndex;
      const end = ENDRAW.exec(source);
      TAG.lastIndex = end ? ENDRAW.lastIndex : source.length;
    } else if (BLOCKS.has(name)) {
      if (++depth > LIMITS.nestingLimit) {
        return {
          code: 'liquid.limit',
          message: `Blocks are nested more than ${LIMITS.nestingLimit} deep here (Liquid's limit: "Nesting too deep"). Close some blocks before opening more.`,
          ...positionOf(source, m.index),
        };
      }
    } else if (name.startsWith('end') && BLOCKS.has(name.slice(3))) depth = Math.max(0, depth - 1);
  }
  return null;
}
