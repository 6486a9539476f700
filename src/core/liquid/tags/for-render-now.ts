/**
 * liquidjs 10.30's ForTag.render at once, for the synchronous render twin (see sync-render.ts): every
 * `yield x` becomes `run(x)` (or the twin's own evaluation), in the same order, with the same scopes,
 * registers (`offset: continue`), modifiers and break/continue handling.
 */
import { type Context, type Emitter, type ForTag, type Liquid, type Template, toValue } from 'liquidjs';
import { evalTokenNow, run } from '../sync-eval';
import { renderTemplatesNow } from '../sync-render';

// liquidjs's internals this file reads, declared private in its types.
interface ForLike {
  variable: string;
  collection: { getText(): string } & Record<string, unknown>;
  hash: { render(ctx: Context): unknown };
  templates: Template[];
  elseTemplates: Template[];
  liquid: Liquid;
}
type Forloop = { next(): void };
type Scope = Record<string, unknown> & { forloop?: Forloop };

const MODIFIERS = ['offset', 'limit', 'reversed'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && (typeof v === 'object' || typeof v === 'function');

/** liquidjs's toEnumerable. */
function toEnumerable(value: unknown): unknown[] {
  const v = toValue(value);
  if (Object.prototype.toString.call(v) === '[object Array]') return v as unknown[];
  if (typeof v === 'string' && v.length > 0) return [v];
  if (isObject(v) && Symbol.iterator in v) return Array.from(v as unknown as Iterable<unknown>);
  if (isObject(v)) return Object.keys(v).map((key) => [key, v[key]]);
  return [];
}

/** liquidjs's createScope. */
function createScope(from?: object): Scope {
  const scope = Object.create(null) as Scope;
  if (from) Object.assign(scope, from);
  return scope;
}

/** Renders a `for` tag at once; `Forloop` is the class liquidjs makes its `forloop` with. */
export function forRenderNow(
  tag: ForTag,
  Forloop: new (length: number, collection: string, variable: string) => Forloop,
  ctx: Context,
  emitter: Emitter,
): void {
  const t = tag as unknown as ForLike;
  let collection = toEnumerable(evalTokenNow(t.collection as never, ctx, false));
  if (!collection.length) {
    renderTemplatesNow(t.elseTemplates, ctx, emitter);
    return;
  }
  const continueKey = 'continue-' + t.variable + '-' + t.collection.getText();
  ctx.push(createScope({ continue: ctx.getRegister(continueKey, {}) }));
  const hash = run(t.hash.render(ctx)) as Record<string, unknown>;
  ctx.pop();
  const modifiers = t.liquid.options.orderedFilterParameters
    ? Object.keys(hash).filter((x) => MODIFIERS.includes(x))
    : MODIFIERS.filter((x) => hash[x] !== undefined);
  collection = modifiers.reduce((list, modifier) => {
    if (modifier === 'offset') return list.slice(hash['offset'] as number);
    if (modifier === 'limit') return list.slice(0, hash['limit'] as number);
    return [...list].reverse();
  }, collection);
  // as liquidjs writes it: a text offset concatenates, as it does there
  ctx.setRegister(continueKey, ((hash['offset'] as number) || 0) + collection.length);
  const scope = createScope({ forloop: new Forloop(collection.length, t.collection.getText(), t.variable) });
  ctx.push(scope);
  for (const item of collection) {
    scope[t.variable] = item;
    ctx.continueCalled = ctx.breakCalled = false;
    renderTemplatesNow(t.templates, ctx, emitter);
    if (ctx.breakCalled) break;
    (scope.forloop as Forloop).next();
  }
  ctx.continueCalled = ctx.breakCalled = false;
  ctx.pop();
}
