import type { Issue } from '../issues';
import { type RenderOptions, type RenderResult, renderBraze } from '../liquid';
import type { SampleUser } from '../sample-user';
import type { BrazeTemplate, RenderedRequest } from '../template';
import { checkBrazePitfalls } from '../validate';
import { assembleRequest, overParseLimit } from './assemble-request';

let lastPitfalls: { key: string; issues: Issue[] } | null = null;

/** Template pitfalls, memoised on the template text (the same template renders for many users and keystrokes). */
function pitfallsOf(template: BrazeTemplate): Issue[] {
  const key = [template.url, ...template.headers.flatMap((h) => [h.name, h.value]), template.body].join(
    '\u0000',
  );
  if (lastPitfalls?.key !== key) lastPitfalls = { key, issues: checkBrazePitfalls(template) };
  return lastPitfalls.issues;
}

async function safeRender(source: string, user: SampleUser, options: RenderOptions): Promise<RenderResult> {
  try {
    return await renderBraze(source, user, options);
  } catch {
    return { ok: false, output: '' }; // renderBraze should not throw; reported as render.failed
  }
}

/**
 * Renders each template field separately for one user (Braze variables do not cross fields), then parses
 * the body and checks it against the Rokt endpoint of the rendered URL; errors and warnings come separated.
 */
export async function renderRequest(
  template: BrazeTemplate,
  user: SampleUser,
  options: RenderOptions = {},
): Promise<RenderedRequest> {
  const sources = [template.url, ...template.headers.map((h) => h.value), template.body];
  const results = await Promise.all(sources.map((s) => safeRender(s, user, options)));
  return assembleRequest(template, user, results, overParseLimit(sources) ? null : pitfallsOf(template));
}
