/**
 * The evaluation half of the synchronous render twin (see sync-render.ts): liquidjs 10.30's evalToken,
 * Expression.evaluate, Filter.render and Value.value with every `yield x` made `run(x)`, in the same order,
 * with the same lenient rules and the same errors.
 */
import {
  Filter,
  type Context,
  type Liquid,
  TypeGuards,
  UndefinedVariableError,
  type Value,
  evalToken,
  toValue,
  toValueSync,
} from 'liquidjs';

// liquidjs's internals this file reads, declared private or internal in its types.
type AnyToken = { content?: unknown; kind: number } & Record<string, unknown>;
interface ExpressionLike {
  postfix: AnyToken[];
}
interface ValueLike {
  initial: ExpressionLike;
  filters: FilterLike[];
}
interface FilterLike {
  name: string;
  args: unknown[];
  token: unknown;
  liquid: Liquid;
  handler: (this: unknown, ...args: unknown[]) => unknown;
}
interface FilteredValueTokenLike {
  initial: ExpressionLike;
  filters: { name: string }[];
}
interface PropertyTokenLike {
  variable?: AnyToken;
  props: AnyToken[];
}
export interface ContextLike {
  strictVariables: boolean;
  breakCalled: boolean;
  continueCalled: boolean;
  sync: boolean;
  findScope(key: unknown): unknown;
  _getFromScope(scope: unknown, paths: unknown[]): unknown;
}
const { isPropertyAccessToken, isRangeToken, isFilteredValueToken, isOperatorToken } = TypeGuards;

const isIterator = (v: unknown): v is Iterator<unknown> => {
  const it = v as Partial<Record<'next' | 'throw' | 'return', unknown>> | null | undefined;
  return (
    !!it && typeof it.next === 'function' && typeof it.throw === 'function' && typeof it.return === 'function'
  );
};

/** `yield v` inside liquidjs's generators as toValueSync runs them. */
export const run = (v: unknown): unknown => (isIterator(v) ? toValueSync(v) : v);

/** liquidjs's `stringify`, as its SimpleEmitter writes. */
function readScope(ctx: ContextLike, scope: unknown, paths: unknown[]): unknown {
  if (ctx.strictVariables) return run(ctx._getFromScope(scope, paths));
  let value = scope;
  for (const key of paths)
    value = run((ctx as unknown as Context).readProperty(value as never, key as never));
  return value;
}

function evalProperty(token: PropertyTokenLike, ctx: Context, lenient: boolean): unknown {
  const props: unknown[] = [];
  for (const prop of token.props) props.push(run(toValue(evalTokenNow(prop, ctx, false))));
  const c = ctx as unknown as ContextLike;
  try {
    if (token.variable) return readScope(c, evalTokenNow(token.variable, ctx, lenient), props);
    return readScope(c, c.findScope(props[0]), props);
  } catch (e) {
    if (lenient && (e as Error).name === 'InternalUndefinedVariableError') return null;
    throw new UndefinedVariableError(e as Error, token as never);
  }
}

function evalFiltered(token: FilteredValueTokenLike, ctx: Context, lenient: boolean): unknown {
  const liquid = ctx.liquid as Liquid | undefined;
  // A missing filter or engine is liquidjs's own error, raised before anything is evaluated.
  if (!liquid || token.filters.some((f) => !liquid.filters[f.name] && liquid.options.strictFilters))
    return run(evalToken(token as never, ctx, lenient));
  const len = lenient || (ctx.opts.lenientIf && token.filters[0]?.name === 'default');
  let val = evaluate(token.initial, ctx, len);
  for (const ft of token.filters) {
    const filter = new Filter(ft as never, liquid.filters[ft.name] as never, liquid);
    val = applyFilter(filter as unknown as FilterLike, val, ctx);
  }
  return val;
}

/** liquidjs's evalToken, at once. */
export function evalTokenNow(token: AnyToken | undefined, ctx: Context, lenient: boolean): unknown {
  if (!token) return undefined;
  if ('content' in token) return token.content;
  if (isPropertyAccessToken(token as never))
    return evalProperty(token as unknown as PropertyTokenLike, ctx, lenient);
  if (isRangeToken(token as never)) return run(evalToken(token as never, ctx, lenient));
  if (isFilteredValueToken(token as never))
    return evalFiltered(token as unknown as FilteredValueTokenLike, ctx, lenient);
  return undefined;
}

/** liquidjs's Expression.evaluate, at once (`not` is its only unary operator). */
function evaluate(expression: ExpressionLike, ctx: Context, lenient: boolean): unknown {
  const operands: unknown[] = [];
  const operators = ctx.opts.operators as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const token of expression.postfix) {
    if (isOperatorToken(token as never)) {
      const name = (token as unknown as { operator: string }).operator;
      const r = operands.pop();
      if (name === 'not') operands.push(run(operators[name]!(r, ctx)));
      else {
        const l = operands.pop();
        operands.push(run(operators[name]!(l, r, ctx)));
      }
    } else operands.push(evalTokenNow(token, ctx, lenient));
  }
  return operands[0];
}

function applyFilter(filter: FilterLike, value: unknown, ctx: Context): unknown {
  const argv: unknown[] = [];
  for (const arg of filter.args) {
    if (Array.isArray(arg)) argv.push([arg[0], evalTokenNow(arg[1] as AnyToken, ctx, false)]);
    else argv.push(evalTokenNow(arg as AnyToken, ctx, false));
  }
  return run(
    filter.handler.apply({ context: ctx, token: filter.token, liquid: filter.liquid }, [value, ...argv]),
  );
}

/** liquidjs's Value.value, at once: what a `{{ }}`, an assign or a condition evaluates to. */
export function valueNow(value: Value, ctx: Context, lenient: boolean): unknown {
  const v = value as unknown as ValueLike;
  const len = lenient || (ctx.opts.lenientIf && v.filters[0]?.name === 'default');
  let val = evaluate(v.initial, ctx, len);
  for (const filter of v.filters) val = applyFilter(filter, val, ctx);
  return val;
}
