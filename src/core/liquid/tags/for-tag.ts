/**
 * `for` with Ruby's `forloop.parentloop` (the enclosing loop's forloop, nil at the top) and Ruby's
 * checks that `limit` and `offset` are whole numbers.
 */
import { ForTag, toValue } from 'liquidjs';
import type { Context, Emitter, Hash } from 'liquidjs';
import { BrazeProblemError } from '../errors';
import { toRubyString } from '../ruby';

interface ForFields {
  hash: Hash;
}

const WHOLE = /^\s*-?\d+\s*$/;

/** The liquidjs tag class for `for`. */
export class RubyForTag extends ForTag {
  override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const { hash } = this as unknown as ForFields;
    if (hash.hash['limit'] !== undefined || hash.hash['offset'] !== undefined) {
      const values = (yield hash.render(ctx)) as Record<string, unknown>;
      for (const key of ['limit', 'offset']) {
        const v = toValue(values[key]);
        if (
          v === null ||
          v === undefined ||
          typeof v === 'number' ||
          (typeof v === 'string' && WHOLE.test(v))
        )
          continue;
        throw new BrazeProblemError(
          'liquid.render',
          `The ${key} of a for loop must be a whole number, not ${JSON.stringify(toRubyString(v))}.`,
          { v: 'for-number', key, value: JSON.stringify(toRubyString(v)) },
        );
      }
    }
    const parent = ctx.getSync(['forloop']) ?? null;
    const push = ctx.push.bind(ctx);
    ctx.push = (scope: object) => {
      const forloop = (scope as { forloop?: Record<string, unknown> }).forloop;
      if (forloop) {
        forloop['parentloop'] = parent;
        ctx.push = push;
      }
      return push(scope);
    };
    try {
      yield super.render(ctx, emitter);
    } finally {
      ctx.push = push;
    }
  }
}
