/**
 * One recorded render: each top-level node's printed text, the variable names it looked up, the
 * template variables it set and the memory it charged. The record is what a node would replay for
 * another user when nothing it read depends on the user.
 */
import type { Context, Emitter, Liquid, Template } from 'liquidjs';

/** What one top-level node did in the recorded render. */
export interface NodeRecord {
  /** The text it printed. */
  output: string;
  /** First segments of every variable it looked up (`a` for `a.b[0]`). */
  reads: string[];
  /** Template variables (`assign`, `capture`, `:save`) it set, with their values. */
  writes: [string, unknown][];
  /** liquidjs memory units it charged. */
  memory: number;
  /** Its printed text and written values can be replayed (plain text and JSON-like values only). */
  replayable: boolean;
}

/** The part of liquidjs's Limiter the replay needs (declared private in its types). */
export interface LimiterState {
  base: number;
  limit: number;
}

type FindScope = { findScope(key: string): unknown };

/** A JSON-like value (text, number, boolean, null, arrays and plain objects of those) at most 8 deep. */
function isPlainData(v: unknown, depth = 0): boolean {
  if (v === null || v === undefined) return true;
  const t = typeof v;
  if (t === 'string' || t === 'number' || t === 'boolean') return true;
  if (t !== 'object' || depth > 8) return false;
  if (Array.isArray(v)) return v.every((x) => isPlainData(x, depth + 1));
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(v as Record<string, unknown>).every((x) => isPlainData(x, depth + 1));
}

/** A fresh copy of a plain-data value, so no render can change what another one reads. */
export function copyPlainData(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map(copyPlainData);
  const copy = Object.create(Object.getPrototypeOf(v) as object | null) as Record<string, unknown>;
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) copy[k] = copyPlainData(x);
  return copy;
}

/**
 * Renders `templates` in `ctx` (synchronously), recording every top-level node. Returns the records of
 * the nodes that finished, in order (a node that throws ends the list), and the output when all did.
 */
export function probeRender(
  engine: Liquid,
  templates: Template[],
  ctx: Context,
): { records: NodeRecord[]; output?: string } {
  const reads = new Set<string>();
  const lookup = ctx as unknown as FindScope;
  const findScope = lookup.findScope.bind(ctx);
  lookup.findScope = (key) => {
    reads.add(String(key));
    return findScope(key);
  };
  const limit = ctx.memoryLimit as unknown as LimiterState;
  const records: NodeRecord[] = [];
  const recorded = templates.map((tpl) => ({
    token: tpl.token,
    *render(c: Context, emitter: Emitter): Generator<unknown, unknown, unknown> {
      const out = emitter as unknown as { buffer: string };
      reads.clear();
      const before: Record<string, unknown> = { ...c.bottom() };
      const length = out.buffer.length;
      const memory = limit.base;
      const html: unknown = yield tpl.render(c, emitter);
      const after = c.bottom() as Record<string, unknown>;
      const writes = Object.keys(after)
        .filter((k) => !(k in before) || before[k] !== after[k])
        .map((k): [string, unknown] => [k, after[k]]);
      const printsDirectly = html === undefined || html === null || html === '';
      records.push({
        output: out.buffer.slice(length) + (typeof html === 'string' ? html : ''),
        reads: [...reads],
        writes,
        memory: limit.base - memory,
        replayable: (printsDirectly || typeof html === 'string') && writes.every(([, v]) => isPlainData(v)),
      });
      return html;
    },
  }));
  try {
    const output: unknown = engine.renderSync(recorded, ctx);
    return typeof output === 'string' ? { records, output } : { records };
  } catch {
    return { records }; // the node that threw is not recorded: it and everything after it render per user
  }
}
