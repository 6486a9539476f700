/** Render Braze Liquid for a sample user, the way Braze would, without ever throwing. */
import { previewConnectedContent } from './connected-content';
import { engine, parseBraze } from './engine';
import { BrazeAbortError } from './errors';
import { findCause, toProblem } from './problems';
import { BrazeContext, toRubyString } from './ruby';
import { scopeFor } from './scope';
import type { SampleUser } from '../sample-user';
import type { RenderOptions, RenderResult } from './types';

/**
 * Render `source` for `user`: resolves on success with the output, or with `ok: false` and either
 * `aborted` (abort_message) or a `problem` positioned in `source`.
 */
export async function renderBraze(
  source: string,
  user: SampleUser,
  options: RenderOptions = {},
): Promise<RenderResult> {
  const parsed = parseBraze(source);
  if (!parsed.ok) return { ok: false, output: '', problem: parsed.problem };
  const now = options.now ?? new Date();
  const resolver = options.connectedContent ?? previewConnectedContent;
  // The preview's own resolver answers at once, so such renders stay synchronous: an asynchronous
  // render's time limit would also count whatever else runs while it waits.
  const sync = !parsed.usesConnectedContent || resolver === previewConnectedContent;
  const ctx = new BrazeContext(scopeFor(user, options.variables), engine, now, resolver, sync);
  try {
    const output: unknown = sync
      ? engine.renderSync(parsed.templates, ctx)
      : await engine.render(parsed.templates, ctx);
    return { ok: true, output: toRubyString(output) };
  } catch (err) {
    const abort = findCause(err, BrazeAbortError);
    if (abort) return { ok: false, output: '', aborted: { reason: abort.reason } };
    return { ok: false, output: '', problem: toProblem(err, source, parsed.rewritten) };
  }
}
