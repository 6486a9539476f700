import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBraze } from '../render-braze';
import { NO_ROKT_USER } from '../../../testing/liquid-fixtures';
import { FILTER_CASES } from './filter-cases';

const render = (source: string) =>
  renderBraze(source, NO_ROKT_USER, { now: new Date('2024-03-10T12:00:00Z') });

describe('every filter family renders as Braze does', () => {
  it.each(FILTER_CASES)('%s -> %s', async (source, expected) => {
    expect(await render(source)).toEqual({ ok: true, output: expected });
  });
});

describe('json_escape', () => {
  // The filter skips JSON.stringify for text with nothing to escape; whatever the text, the result must be
  // the escaped string JSON.stringify gives (without its quotes, U+2028/9 escaped too).
  const expected = (text: string) =>
    JSON.stringify(text)
      .slice(1, -1)
      .replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  const text = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.string({
      unit: fc.constantFrom('a', '"', '\\', '\n', '\u0001', '\u2028', '\u2029', '\ud83d', '\ude00', 'é'),
    }),
  );
  it('gives JSON.stringify’s escape of any text', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const result = await renderBraze('{{ v | json_escape }}', NO_ROKT_USER, {
          now: new Date('2024-03-10T12:00:00Z'),
          variables: { v: value },
        });
        expect(result).toEqual({ ok: true, output: expected(value) });
      }),
      { numRuns: 300 },
    );
  });
});

describe('Ruby errors', () => {
  it.each([
    ['{{ 10 | divided_by: 0 }}', /Division by zero/],
    ['{{ 10 | modulo: "foo" }}', /Division by zero/],
    ['{{ 5 | plus: 1, 2 }}', /"plus" filter takes 1 argument but was given 2/],
    ['{{ 5 | times }}', /"times" filter takes 1 argument but was given 0/],
    ['{{ "x" | upcase: 1 }}', /"upcase" filter takes 0 arguments but was given 1/],
    ["{{ 'a' | slice: 'x' }}", /slice needs a whole number/],
    ['{% if "2" > 1 %}y{% endif %}', /Cannot compare "2" with 1/],
    [
      '{% assign r = (1..2) %}{{ "a" | split: "," | concat: r | sort }}',
      /sort cannot order values of different types/,
    ],
  ])('%s is an error', async (source, message) => {
    const result = await render(source);
    expect(result.ok).toBe(false);
    expect(result.ok || result.problem?.message).toMatch(message);
  });
});

describe('liquidjs-only filters are unknown in Braze', () => {
  it.each([
    'sha256',
    'hmac_sha256',
    'cgi_escape',
    'slugify',
    'jsonify',
    'where_exp',
    'push',
    'json',
    'inspect',
    'raw',
  ])('%s', async (name) => {
    const result = await render(`{{ 'x' | ${name} }}`);
    expect(result).toMatchObject({ ok: false, problem: { code: 'liquid.unknown-filter' } });
  });
});

// Node's crypto is the oracle here (tests only run in Node); the filters use @noble/hashes.
describe('digests and HMACs agree with node:crypto', () => {
  const inputs = ['', 'abc', 'x'.repeat(55), 'x'.repeat(56), 'y'.repeat(200), 'héllo ✓ 𝄞'];
  it.each([
    ['md5', 'md5'],
    ['sha1', 'sha1'],
    ['sha2', 'sha256'],
  ])('%s', async (filter, algorithm) => {
    for (const text of inputs) {
      const out = await renderBraze(`{{ t | ${filter} }}`, NO_ROKT_USER, { variables: { t: text } });
      expect(out.output).toBe(createHash(algorithm).update(text).digest('hex'));
    }
  });
  it.each([
    ['hmac_sha1_hex', 'sha1', 'hex'],
    ['hmac_sha1_base64', 'sha1', 'base64'],
    ['hmac_sha256_hex', 'sha256', 'hex'],
    ['hmac_sha256_base64', 'sha256', 'base64'],
    ['hmac_sha512', 'sha512', 'hex'],
  ] as const)('%s', async (filter, algorithm, encoding) => {
    for (const text of inputs) {
      for (const key of ['secret_key', 'k'.repeat(150)]) {
        const out = await renderBraze(`{{ t | ${filter}: k }}`, NO_ROKT_USER, {
          variables: { t: text, k: key },
        });
        expect(out.output).toBe(createHmac(algorithm, key).update(text).digest(encoding));
      }
    }
  });
  it('base64_encode matches Buffer', async () => {
    for (const text of inputs) {
      const out = await renderBraze('{{ t | base64_encode }}', NO_ROKT_USER, { variables: { t: text } });
      expect(out.output).toBe(Buffer.from(text).toString('base64'));
    }
  });
});

describe('the memory limit holds for every filter', () => {
  it.each([
    "{% assign s = 'x' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}",
    "{% assign s = 'xxxxxxxxxx' %}{% for i in (1..30) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}",
    "{% assign a = 'x,y' | split: ',' %}{% for i in (1..40) %}{% assign a = a | concat: a %}{% endfor %}",
    "{% assign s = 'ab' %}{% for i in (1..40) %}{% assign s = s | replace: 'a', 'aa' | replace: 'b', 'bb' %}{% endfor %}",
  ])('%s', async (source) => {
    const result = await render(source);
    expect(result).toMatchObject({ ok: false, problem: { code: 'liquid.limit' } });
  });
});
