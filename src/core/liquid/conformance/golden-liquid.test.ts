/**
 * The golden-liquid conformance suite (github.com/jg-rp/golden-liquid, MIT, LICENSE beside it): every
 * case passes on Ruby Liquid 5.12. Each case runs through the Braze renderer; the cases in
 * GOLDEN_EXCEPTIONS are either not run (not applicable to Braze) or must still fail (known failures,
 * so a fixed case has to leave the table). The pass rate is printed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import suite from './golden_liquid.json';
import { GOLDEN_EXCEPTIONS, exceptionFor } from './exceptions';
import { runGoldenCase } from './golden-case';
import type { GoldenCase } from './golden-case';

const cases = suite.tests as GoldenCase[];
const applicable = cases.filter((c) => exceptionFor(c)?.status !== 'not-applicable');
const expectedToPass = applicable.filter((c) => exceptionFor(c) === undefined);
const knownFailures = applicable.filter((c) => exceptionFor(c)?.status === 'known-failure');
let passed = 0;

describe('golden-liquid', () => {
  it('has 1,054 cases and a reason for every exception', () => {
    expect(cases).toHaveLength(1054);
    for (const e of GOLDEN_EXCEPTIONS) expect(e.reason.length).toBeGreaterThan(10);
    for (const e of GOLDEN_EXCEPTIONS.filter((x) => x.name !== undefined)) {
      expect(cases.some((c) => c.name === e.name)).toBe(true);
    }
  });

  it.each(expectedToPass.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const outcome = await runGoldenCase(c);
    expect({ template: c.template, got: outcome.got, passed: outcome.passed }).toMatchObject({
      passed: true,
    });
    passed++;
  });

  it.each(knownFailures.map((c) => [c.name, c] as const))(
    'known failure still fails: %s',
    async (_name, c) => {
      const outcome = await runGoldenCase(c);
      expect(outcome.passed, 'now passes: remove it from GOLDEN_EXCEPTIONS').toBe(false);
    },
  );

  afterAll(() => {
    const rate = ((passed / applicable.length) * 100).toFixed(1);
    console.log(
      `golden-liquid: ${passed} of ${applicable.length} Braze-applicable cases pass (${rate}%); ` +
        `${knownFailures.length} known failures, ${cases.length - applicable.length} of ${cases.length} not applicable.`,
    );
  });
});
