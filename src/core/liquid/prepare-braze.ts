/**
 * A template prepared once to render for many users with the same options (an audience dry run).
 * A recorded render of one user shows which top-level nodes read nothing that depends on the user:
 * no user variable, and no template variable that a user-dependent node could have set before. Such
 * a node does the same for everyone, so later renders replay what it printed and set instead of
 * running it. Every result equals renderBraze's for the same user and options.
 */
import type { Context, Emitter, Template, Token } from 'liquidjs';
import { TokenKind } from 'liquidjs';
import { previewConnectedContent } from './connected-content';
import { engine, parseBraze } from './engine';
import { nodeEffects } from './node-effects';
import { type LimiterState, type NodeRecord, copyPlainData, probeRender } from './probe-render';
import { renderSyncIn } from './render-braze';
import { BrazeContext } from './ruby';
import { USER_SCOPE_KEYS, scopeFor } from './scope';
import type { SampleUser } from '../sample-user';
import type { RenderOptions, RenderResult } from './types';

/** A template ready to render for many users. */
export interface PreparedBraze {
  /** The same result renderBraze(source, user, options) gives, computed synchronously. */
  render(user: SampleUser): RenderResult;
}

/** Options of a prepared template: `now` is required so every user sees the same clock. */
export type PrepareOptions = RenderOptions & { now: Date };

/** Recorded renders tried before settling, while a recorded user stops part-way (e.g. aborts). */
const MAX_PROBES = 4;
const CONNECTED = new Set(['connected_content']);

/** Prints and sets what the recorded node did, or runs the node when its memory would pass the limit. */
class ReplayNode {
  readonly token: Token;
  constructor(
    private readonly node: Template,
    private readonly record: NodeRecord,
  ) {
    this.token = node.token;
  }

  render(ctx: Context, emitter: Emitter): unknown {
    const limit = ctx.memoryLimit as unknown as LimiterState;
    // The node itself then stops at the exact point the limit is reached, with its own error.
    if (limit.base + this.record.memory > limit.limit) return this.node.render(ctx, emitter);
    ctx.memoryLimit.use(this.record.memory);
    if (this.record.output) emitter.write(this.record.output);
    const bottom = ctx.bottom() as Record<string, unknown>;
    for (const [name, value] of this.record.writes) bottom[name] = copyPlainData(value);
    return undefined;
  }
}

/**
 * Prepares `source` for rendering with `options` for many users, or null when it calls a Connected
 * Content resolver other than the preview's (answers from a real service may change between users).
 */
export function prepareBraze(source: string, options: PrepareOptions): PreparedBraze | null {
  const parsed = parseBraze(source);
  if (!parsed.ok) {
    const problem = parsed.problem;
    return { render: () => ({ ok: false, output: '', problem }) };
  }
  const resolver = options.connectedContent ?? previewConnectedContent;
  if (parsed.usesConnectedContent && resolver !== previewConnectedContent) return null;
  const { templates, rewritten } = parsed;
  const code = rewritten.code;
  const effects = templates.map((tpl, i) =>
    nodeEffects(code.slice(tpl.token.begin, templates[i + 1]?.token.begin ?? code.length), CONNECTED),
  );
  const contextFor = (user: SampleUser) =>
    new BrazeContext(
      scopeFor(user, options.variables, parsed.usesEmailListLinks),
      engine,
      options.now,
      resolver,
      true,
    );

  let plan = templates;
  let fewest = Infinity;
  let probes = 0;
  let settled = false;
  let constant: RenderResult | null = null;

  /** The render plan for these records: replay nodes where possible; how many nodes render per user. */
  const classify = (records: NodeRecord[]): { next: Template[]; perUser: number } => {
    const dirty = new Set<string>();
    const clean = new Set<string>();
    let dirtyAll = false;
    let perUser = 0;
    const isDirty = (name: string) =>
      USER_SCOPE_KEYS.has(name) || dirty.has(name) || (dirtyAll && !clean.has(name));
    const next = templates.map((tpl, i) => {
      const record = records[i];
      const effect = effects[i]!;
      if (record && effect.replayable && record.replayable && !record.reads.some(isDirty)) {
        for (const [name] of record.writes) {
          dirty.delete(name);
          clean.add(name);
        }
        return tpl.token.kind === TokenKind.HTML ? tpl : new ReplayNode(tpl, record);
      }
      perUser++;
      for (const name of [...effect.writes, ...(record?.writes.map(([name]) => name) ?? [])]) {
        dirty.add(name);
        clean.delete(name);
      }
      if (effect.writesUnknown) {
        dirtyAll = true;
        clean.clear();
      }
      return tpl;
    });
    return { next, perUser };
  };

  const probe = (user: SampleUser): void => {
    probes++;
    const { records, output } = probeRender(engine, templates, contextFor(user));
    settled = records.length === templates.length || probes >= MAX_PROBES;
    const { next, perUser } = classify(records);
    if (perUser < fewest) {
      plan = next;
      fewest = perUser;
    }
    // Nothing depends on the user and the render finished: everyone gets this very output.
    if (perUser === 0 && output !== undefined) constant = { ok: true, output };
  };

  // The lax-syntax warnings belong to the template: every user's result carries them, as renderBraze's does.
  const { warnings } = parsed;
  const withWarnings = (r: RenderResult): RenderResult => (warnings.length > 0 ? { ...r, warnings } : r);
  return {
    render(user) {
      if (!settled) probe(user);
      if (constant) return withWarnings({ ...constant });
      return withWarnings(renderSyncIn(plan, contextFor(user), source, rewritten));
    },
  };
}
