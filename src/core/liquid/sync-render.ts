/**
 * A synchronous twin of liquidjs's renderer for synchronous renders. liquidjs evaluates every node,
 * value, filter and variable through generators driven by `toValueSync`, which costs more than the
 * work itself for the plain nodes most templates are made of. Here each `yield x` of liquidjs 10.30's
 * code becomes `run(x)` (an iterator is run to its value, anything else is the value, as toValueSync
 * does), in the same order with the same checks, limits and errors; HTML, `{{ }}` output, assign,
 * capture and our if/unless (through `renderNow`) run directly, every other tag keeps its own
 * generator. Asynchronous renders, and options this twin does not mirror, use liquidjs unchanged.
 */
import {
  AssignTag,
  CaptureTag,
  type Context,
  type Emitter,
  Filter,
  type Liquid,
  LiquidError,
  Output,
  RenderError,
  type Template,
  TypeGuards,
  UndefinedVariableError,
  type Value,
  evalToken,
  toValue,
  toValueSync,
} from 'liquidjs';

/** A node that can render at once in a synchronous render (returns what liquidjs's render would yield back). */
export interface RendersNow {
  renderNow(ctx: Context, emitter: Emitter): unknown;
}

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
interface ContextLike {
  strictVariables: boolean;
  breakCalled: boolean;
  continueCalled: boolean;
  sync: boolean;
  findScope(key: unknown): unknown;
  _getFromScope(scope: unknown, paths: unknown[]): unknown;
}
interface AssignLike {
  key: string;
  value: Value;
  liquid: Liquid;
}
interface CaptureLike {
  variable: string;
  templates: Template[];
}

const { isPropertyAccessToken, isRangeToken, isFilteredValueToken, isOperatorToken } = TypeGuards;

// liquidjs's clock for the render time limit (global `performance`, else Date).
const clock: { now(): number } = (globalThis as { performance?: { now(): number } }).performance ?? {
  now: () => Date.now(),
};

const isIterator = (v: unknown): v is Iterator<unknown> => {
  const it = v as Partial<Record<'next' | 'throw' | 'return', unknown>> | null | undefined;
  return (
    !!it && typeof it.next === 'function' && typeof it.throw === 'function' && typeof it.return === 'function'
  );
};

/** `yield v` inside liquidjs's generators as toValueSync runs them. */
const run = (v: unknown): unknown => (isIterator(v) ? toValueSync(v) : v);

/** liquidjs's `stringify`, as its SimpleEmitter writes. */
function stringify(value: unknown): string {
  const v = toValue(value);
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(stringify).join('');
  return String(v);
}

class TextEmitter {
  buffer = '';
  write(html: unknown): void {
    this.buffer += stringify(html);
  }
}

let enabled = true;

/** Turns the twin off (liquidjs's own generators render everything) or back on; for tests comparing the two. */
export function setSyncRender(on: boolean): void {
  enabled = on;
}

const mirrors = (ctx: Context) =>
  enabled && (ctx as unknown as ContextLike).sync && !ctx.opts.catchAllErrors && !ctx.opts.keepOutputType;

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
function evalTokenNow(token: AnyToken | undefined, ctx: Context, lenient: boolean): unknown {
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

let HTMLNode: unknown = null;

function renderNode(tpl: Template, ctx: Context, emitter: Emitter): unknown {
  const kind = tpl.constructor;
  if (kind === HTMLNode) {
    emitter.write((tpl as unknown as { str: string }).str);
    return undefined;
  }
  if (kind === Output) {
    emitter.write(run(toValue(valueNow((tpl as unknown as { value: Value }).value, ctx, false))));
    return undefined;
  }
  if (kind === AssignTag) {
    const t = tpl as unknown as AssignLike;
    const bottom = ctx.bottom() as Record<string, unknown>;
    bottom[t.key] = valueNow(t.value, ctx, t.liquid.options.lenientIf ?? false);
    return undefined;
  }
  if (kind === CaptureTag) {
    const t = tpl as unknown as CaptureLike;
    const bottom = ctx.bottom() as Record<string, unknown>;
    bottom[t.variable] = renderTemplatesNow(t.templates, ctx);
    return undefined;
  }
  const now = (tpl as Partial<RendersNow>).renderNow;
  if (now) return now.call(tpl, ctx, emitter);
  return run(tpl.render(ctx, emitter));
}

/** liquidjs's Render.renderTemplates, at once: the same time-limit checks, break/continue and error wrapping. */
export function renderTemplatesNow(templates: Template[], ctx: Context, emitter?: Emitter): string {
  const out = emitter ?? (new TextEmitter() as unknown as Emitter);
  const c = ctx as unknown as ContextLike;
  ctx.renderLimit.check(clock.now());
  for (const tpl of templates) {
    ctx.renderLimit.check(clock.now());
    try {
      const html = renderNode(tpl, ctx, out);
      if (html) out.write(html);
      if (c.breakCalled || c.continueCalled) break;
    } catch (e) {
      throw LiquidError.is(e) ? e : new RenderError(e as Error, tpl);
    }
  }
  return (out as unknown as { buffer: string }).buffer;
}

/** Routes `liquid`'s synchronous renders through the twin (asynchronous ones keep liquidjs's generators). */
export function installSyncRender(liquid: Liquid): void {
  HTMLNode = liquid.parse('x')[0]?.constructor ?? null;
  const renderer = liquid.renderer;
  const lazy = renderer.renderTemplates.bind(renderer);
  renderer.renderTemplates = function renderTemplates(
    templates: Template[],
    ctx: Context,
    emitter?: Emitter,
  ) {
    return mirrors(ctx)
      ? (renderTemplatesNow(templates, ctx, emitter) as never)
      : lazy(templates, ctx, emitter);
  };
}
