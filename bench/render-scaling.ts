import { performance } from 'node:perf_hooks';
import { defaultDraft } from '../src/core/event';
import { renderRequest } from '../src/core/render';
import { SAMPLE_USER_PRESETS } from '../src/core/sample-user';
import { buildTemplate } from '../src/core/template';
import { quantile, round3 } from './stats';

/** A description of about `bytes` characters: prose with a Liquid output every sentence, as marketers write. */
function descriptionOf(bytes: number, seed: number): string {
  const sentence = `Run ${seed}: doors open at six for {{\${first_name}}}, bring a friend. `;
  return sentence.repeat(Math.ceil(bytes / sentence.length)).slice(0, bytes);
}

/**
 * Median time (ms) to build, render and check the default event whose description makes the template
 * about 1 KB, 100 KB and 1 MB; each run's text is new, so no cache helps (cold).
 */
export async function benchRenderScaling(): Promise<{ kb_1: number; kb_100: number; kb_1000: number }> {
  const guide = SAMPLE_USER_PRESETS.find((p) => p.id === 'guide');
  if (!guide) throw new Error('The guide sample user preset is missing.');
  const base = defaultDraft();
  const baseSize = buildTemplate(base).body.length;
  const median = async (kb: number, runs: number) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const description = descriptionOf(Math.max(0, kb * 1024 - baseSize), i);
      const start = performance.now();
      await renderRequest(buildTemplate({ ...base, description }), guide.user);
      samples.push(performance.now() - start);
    }
    return round3(quantile(samples, 0.5));
  };
  await median(1, 20); // warm up the code itself (JIT), not the caches
  return { kb_1: await median(1, 31), kb_100: await median(100, 11), kb_1000: await median(1000, 5) };
}
