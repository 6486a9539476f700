/** Runs one case of the golden-liquid conformance suite through the Braze renderer. */
import { renderBraze } from '../render-braze';

/** One case of golden_liquid.json (github.com/jg-rp/golden-liquid). */
export interface GoldenCase {
  name: string;
  template: string;
  data?: Record<string, unknown>;
  result?: string;
  results?: string[];
  invalid?: boolean;
  templates?: Record<string, string>;
  tags?: string[];
}

/** What the renderer did with a case, and whether that is what Ruby Liquid 5.12 does. */
export interface GoldenOutcome {
  passed: boolean;
  /** The rendered text, or the error's code and message. */
  got: string;
}

const USER = {
  user_id: '',
  custom_attributes: {},
  event_properties: {},
  canvas_entry_properties: {},
  context: {},
  api_trigger_properties: {},
};
/** A fixed clock, so `'now'` renders the same on every run. */
const NOW = new Date('2024-01-02T03:04:05Z');

/** Render `c` and compare with its expected result (any error counts for an `invalid` case). */
export async function runGoldenCase(c: GoldenCase): Promise<GoldenOutcome> {
  const r = await renderBraze(c.template, USER, { variables: c.data ?? {}, now: NOW });
  if (!r.ok) {
    const got = r.problem ? `error ${r.problem.code}: ${r.problem.message}` : 'aborted';
    return { passed: c.invalid === true && r.problem !== undefined, got };
  }
  const expected = c.results ?? (c.result === undefined ? [] : [c.result]);
  return { passed: c.invalid !== true && expected.includes(r.output), got: r.output };
}
