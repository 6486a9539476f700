/**
 * A synchronous twin of liquidjs's renderer for synchronous renders. liquidjs evaluates every node,
 * value, filter and variable through generators driven by `toValueSync`, which costs more than the
 * work itself for the plain nodes most templates are made of. Here each `yield x` of liquidjs 10.30's
 * code becomes `run(x)` (an iterator is run to its value, anything else is the value, as toValueSync
 * does), in the same order with the same checks, limits and errors; HTML, `{{ }}` output, assign,
 * capture and our if/unless and for (through `renderNow`) run directly, every other tag keeps its own
 * generator. Asynchronous renders, and options this twin does not mirror, use liquidjs unchanged.
 */
import {
  AssignTag,
  CaptureTag,
  type Context,
  type Emitter,
  type Liquid,
  LiquidError,
  Output,
  RenderError,
  type Template,
  type Value,
  toValue,
} from 'liquidjs';
import { type ContextLike, run, valueNow } from './sync-eval';

/** A node that can render at once in a synchronous render (returns what liquidjs's render would yield back). */
export interface RendersNow {
  renderNow(ctx: Context, emitter: Emitter): unknown;
}

// liquidjs's internals this file reads, declared private or internal in its types.
interface AssignLike {
  key: string;
  value: Value;
  liquid: Liquid;
}
interface CaptureLike {
  variable: string;
  templates: Template[];
}

// liquidjs's clock for the render time limit (global `performance`, else Date).
const clock: { now(): number } = (globalThis as { performance?: { now(): number } }).performance ?? {
  now: () => Date.now(),
};

/**
 * The twin reads the clock at every 8th of the places liquidjs checks the render time limit (before each
 * node of a block, and each block's start) instead of at each: reading it was a few percent of an audience
 * run. Between two reads the twin renders at most 8 nodes outside nested blocks (which count their own
 * places), so a template past its limit still stops with the limit error, a few nodes later.
 */
const CLOCK_EVERY = 8;
let untilClock = 0;

function checkTime(ctx: Context): void {
  if (untilClock-- > 0) return;
  untilClock = CLOCK_EVERY - 1;
  ctx.renderLimit.check(clock.now());
}

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
  checkTime(ctx);
  for (const tpl of templates) {
    checkTime(ctx);
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
