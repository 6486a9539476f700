/**
 * `for` with Ruby's `forloop.parentloop` (the enclosing loop's forloop, nil at the top) and Ruby's
 * checks that `limit` and `offset` are whole numbers.
 */
import { ForTag, toValue } from 'liquidjs';
import type { Context, Emitter, Hash } from 'liquidjs';
import { BrazeProblemError } from '../errors';
import { toRubyString } from '../ruby';
import { forRenderNow } from './for-render-now';
import { run } from '../sync-eval';

interface ForFields {
  hash: Hash;
}

/** The class of the `forloop` liquidjs makes (not exported by liquidjs): seen at the first loop. */
type ForloopClass = new (length: number, collection: string, variable: string) => { next(): void };
let forloopClass: ForloopClass | null = null;

const WHOLE = /^\s*-?\d+\s*$/;

function checkWholeNumbers(values: Record<string, unknown>): void {
  for (const key of ['limit', 'offset']) {
    const v = toValue(values[key]);
    if (v === null || v === undefined || typeof v === 'number' || (typeof v === 'string' && WHOLE.test(v)))
      continue;
    throw new BrazeProblemError(
      'liquid.render',
      `The ${key} of a for loop must be a whole number, not ${JSON.stringify(toRubyString(v))}.`,
      { v: 'for-number', key, value: JSON.stringify(toRubyString(v)) },
    );
  }
}

/** Gives the next scope pushed with a `forloop` its `parentloop`; returns how to undo that. */
function linkParentloop(ctx: Context): () => void {
  const parent = ctx.getSync(['forloop']) ?? null;
  const push = ctx.push.bind(ctx);
  ctx.push = (scope: object) => {
    const forloop = (scope as { forloop?: Record<string, unknown> }).forloop;
    if (forloop) {
      forloopClass ??= forloop.constructor as ForloopClass;
      forloop['parentloop'] = parent;
      ctx.push = push;
    }
    return push(scope);
  };
  return () => {
    ctx.push = push;
  };
}

/** The liquidjs tag class for `for`. */
export class RubyForTag extends ForTag {
  override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const { hash } = this as unknown as ForFields;
    if (hash.hash['limit'] !== undefined || hash.hash['offset'] !== undefined)
      checkWholeNumbers((yield hash.render(ctx)) as Record<string, unknown>);
    const restore = linkParentloop(ctx);
    try {
      yield super.render(ctx, emitter);
    } finally {
      restore();
    }
  }

  /** `render` at once, for synchronous renders (see sync-render.ts); the very first loop runs `render`. */
  renderNow(ctx: Context, emitter: Emitter): unknown {
    if (!forloopClass) return run(this.render(ctx, emitter));
    const { hash } = this as unknown as ForFields;
    if (hash.hash['limit'] !== undefined || hash.hash['offset'] !== undefined)
      checkWholeNumbers(run(hash.render(ctx)) as Record<string, unknown>);
    const restore = linkParentloop(ctx);
    try {
      forRenderNow(this, forloopClass, ctx, emitter);
    } finally {
      restore();
    }
    return undefined;
  }
}
