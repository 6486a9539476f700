import { type PrepareOptions, type PreparedBraze, type RenderResult, prepareBraze } from '../liquid';
import type { SampleUser } from '../sample-user';
import type { BrazeTemplate, RenderedRequest } from '../template';
import { checkBrazePitfalls } from '../validate';
import { assembleRequest, overParseLimit } from './assemble-request';
import { rememberedChecks } from './request-checks';

/** Renders a prepared field without ever throwing, like renderRequest's fields. */
function safeRender(field: PreparedBraze, user: SampleUser): RenderResult {
  try {
    return field.render(user);
  } catch {
    return { ok: false, output: '' }; // reported as render.failed, as renderRequest does
  }
}

/**
 * Prepares `template` once for rendering many users with the same options (an audience dry run): the
 * template's pitfalls are found once, and what does not depend on the user renders once. The function
 * returned gives, synchronously, the request renderRequest(template, user, options) resolves to. Null
 * when a field calls a Connected Content resolver other than the preview's.
 */
export function prepareRequest(
  template: BrazeTemplate,
  options: PrepareOptions,
): ((user: SampleUser) => RenderedRequest) | null {
  const sources = [template.url, ...template.headers.map((h) => h.value), template.body];
  const fields = sources.map((s) => prepareBraze(s, options));
  if (fields.some((f) => f === null)) return null;
  const prepared = fields as PreparedBraze[];
  const pitfalls = overParseLimit(sources) ? null : checkBrazePitfalls(template);
  const checks = rememberedChecks();
  return (user) =>
    assembleRequest(
      template,
      user,
      prepared.map((f) => safeRender(f, user)),
      pitfalls,
      checks,
    );
}
