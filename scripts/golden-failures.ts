/** Lists the golden-liquid cases that neither pass nor sit in the exceptions table (a development aid). */
import suite from '../src/core/liquid/conformance/golden_liquid.json';
import { exceptionFor } from '../src/core/liquid/conformance/exceptions';
import { runGoldenCase } from '../src/core/liquid/conformance/golden-case';
import type { GoldenCase } from '../src/core/liquid/conformance/golden-case';

const filter = process.argv[2] ?? '';
let pass = 0;
let applicable = 0;
for (const c of suite.tests as GoldenCase[]) {
  const exception = exceptionFor(c);
  if (exception?.status === 'not-applicable') continue;
  applicable++;
  const outcome = await runGoldenCase(c);
  if (outcome.passed) pass++;
  else if (!exception && (c.tags ?? []).join(',').includes(filter))
    console.log(
      JSON.stringify({
        name: c.name,
        template: c.template,
        data: c.data,
        want: c.invalid ? 'ERROR' : (c.results ?? c.result),
        got: outcome.got,
      }),
    );
}
console.log(`${pass}/${applicable} applicable cases pass`);
