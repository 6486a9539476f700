/**
 * Development aid for the golden-liquid conformance suite: prints the cases that fail without an
 * entry in the exceptions table, and the known failures that now pass (to take out of the table).
 * `npx tsx scripts/golden-failures.ts [tag]`
 */
import suite from '../src/core/liquid/conformance/golden_liquid.json';
import { exceptionFor } from '../src/core/liquid/conformance/exceptions';
import { runGoldenCase } from '../src/core/liquid/conformance/golden-case';
import type { GoldenCase } from '../src/core/liquid/conformance/golden-case';

const tag = process.argv[2] ?? '';
let passed = 0;
let applicable = 0;
for (const c of suite.tests as GoldenCase[]) {
  const exception = exceptionFor(c);
  if (exception?.status === 'not-applicable') continue;
  applicable++;
  const outcome = await runGoldenCase(c);
  if (outcome.passed) passed++;
  if (outcome.passed && exception) console.log(`FIXED ${c.name}`);
  if (!outcome.passed && !exception && (c.tags ?? []).join(',').includes(tag)) {
    const want = c.invalid ? 'an error' : (c.results ?? c.result);
    console.log(JSON.stringify({ name: c.name, template: c.template, data: c.data, want, got: outcome.got }));
  }
}
console.log(`${passed}/${applicable} applicable cases pass`);
