/** Render Braze Liquid for a sample user, the way Braze would, without ever throwing. */
import type { Context, Template } from 'liquidjs';
import { previewConnectedContent } from './connected-content';
import { engine, parseBraze, type ParsedBraze } from './engine';
import { BrazeAbortError } from './errors';
import { findCause, toProblem } from './problems';
import type { Rewritten } from './rewrite';
import { BrazeContext, toRubyString } from './ruby';
import { scopeFor } from './scope';
import type { SampleUser } from '../sample-user';
import type { RenderOptions, RenderResult } from './types';

/** The result for an error thrown while rendering `source`: the abort it carries, or the problem. */
function failedRender(err: unknown, source: string, rewritten: Rewritten): RenderResult {
  const abort = findCause(err, BrazeAbortError);
  if (abort) return { ok: false, output: '', aborted: { reason: abort.reason } };
  return { ok: false, output: '', problem: toProblem(err, source, rewritten) };
}

/** Renders parsed `templates` of `source` in `ctx` synchronously; never throws. */
export function renderSyncIn(
  templates: Template[],
  ctx: Context,
  source: string,
  rewritten: Rewritten,
): RenderResult {
  try {
    return { ok: true, output: toRubyString(engine.renderSync(templates, ctx)) };
  } catch (err) {
    return failedRender(err, source, rewritten);
  }
}

/**
 * Render `source` for `user`: resolves on success with the output, or with `ok: false` and either
 * `aborted` (abort_message) or a `problem` positioned in `source`; either way with the `warnings` the
 * template's lax syntax deserves, if any.
 */
export async function renderBraze(
  source: string,
  user: SampleUser,
  options: RenderOptions = {},
): Promise<RenderResult> {
  const parsed = parseBraze(source);
  if (!parsed.ok) return { ok: false, output: '', problem: parsed.problem };
  const result = await renderParsed(parsed, source, user, options);
  return parsed.warnings.length > 0 ? { ...result, warnings: parsed.warnings } : result;
}

async function renderParsed(
  parsed: Extract<ParsedBraze, { ok: true }>,
  source: string,
  user: SampleUser,
  options: RenderOptions,
): Promise<RenderResult> {
  const now = options.now ?? new Date();
  const resolver = options.connectedContent ?? previewConnectedContent;
  // The preview's own resolver answers at once, so such renders stay synchronous: an asynchronous
  // render's time limit would also count whatever else runs while it waits.
  const sync = !parsed.usesConnectedContent || resolver === previewConnectedContent;
  const ctx = new BrazeContext(
    scopeFor(user, options.variables, parsed.usesEmailListLinks),
    engine,
    now,
    resolver,
    sync,
  );
  if (sync) return renderSyncIn(parsed.templates, ctx, source, parsed.rewritten);
  try {
    return { ok: true, output: toRubyString(await engine.render(parsed.templates, ctx)) };
  } catch (err) {
    return failedRender(err, source, parsed.rewritten);
  }
}
