import { performance } from 'node:perf_hooks';
import { defaultDraft } from '../src/core/event';
import { renderRequest } from '../src/core/render';
import { SAMPLE_USER_PRESETS } from '../src/core/sample-user';
import { buildTemplate } from '../src/core/template';
import { quantile, round3 } from './stats';

export interface RenderBench {
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  iterations: number;
}

/** Times template build + Braze-Liquid render + validation of the default event for the guide's user. */
export async function benchRender(iterations = 5000, warmup = 500): Promise<RenderBench> {
  const guide = SAMPLE_USER_PRESETS.find((p) => p.id === 'guide');
  if (!guide) throw new Error('The guide sample user preset is missing.');
  const base = defaultDraft();
  const samples: number[] = [];
  for (let i = 0; i < warmup + iterations; i++) {
    // A new title each time, as when a marketer types, so nothing is served from a result cache.
    const draft = { ...base, title: `${base.title} ${i}` };
    const start = performance.now();
    const rendered = await renderRequest(buildTemplate(draft), guide.user);
    const elapsed = performance.now() - start;
    if (rendered.errors.length > 0) {
      throw new Error(`The default event does not render cleanly: ${rendered.errors[0]!.message}`);
    }
    if (i >= warmup) samples.push(elapsed);
  }
  return {
    p50_ms: round3(quantile(samples, 0.5)),
    p95_ms: round3(quantile(samples, 0.95)),
    p99_ms: round3(quantile(samples, 0.99)),
    iterations,
  };
}
