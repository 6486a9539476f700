/**
 * `cycle` counted as Ruby counts it: a named cycle (`{% cycle 'a': 1, 2 %}`) keeps one position per
 * name whatever its values, and a position past the end of a shorter list prints nothing.
 */
import { CycleTag, evalToken, toValue } from 'liquidjs';
import type { Context, Emitter, ValueToken } from 'liquidjs';
import { toRubyString } from '../ruby';

interface CycleFields {
  group?: ValueToken;
  candidates: (ValueToken & { getText(): string })[];
}

/** The liquidjs tag class for `cycle`. */
export class RubyCycleTag extends CycleTag {
  override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const { group, candidates } = this as unknown as CycleFields;
    const key = group
      ? `named:${toRubyString(toValue(yield evalToken(group, ctx)))}`
      : `list:${candidates.map((c) => c.getText()).join(',')}`;
    const positions = ctx.getRegister('cycle', {}) as Record<string, number>;
    const at = positions[key] ?? 0;
    const candidate = candidates[at];
    if (candidate) emitter.write(toRubyString(toValue(yield evalToken(candidate, ctx))));
    positions[key] = at + 1 >= candidates.length ? 0 : at + 1;
  }
}
