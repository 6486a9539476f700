import { describe, expect, it } from 'vitest';
import { parseBraze } from './engine';
import { renderBraze } from './render-braze';
import { NO_ROKT_USER } from '../../testing/liquid-fixtures';

const nestedIfs = (n: number) => `${'{% if true %}'.repeat(n)}x${'{% endif %}'.repeat(n)}`;

describe('hostile templates end with an error naming the limit', () => {
  it('refuses a 1 MB template before parsing it', async () => {
    const result = await renderBraze(`{{ 'a' }}${'x'.repeat(1_048_576)}`, NO_ROKT_USER);
    expect(result).toMatchObject({ ok: false, problem: { code: 'liquid.limit' } });
    expect(result.ok || result.problem?.message).toMatch(
      /1,048,585 characters long; the preview renders up to 200,000/,
    );
  });

  it('refuses 20,000 nested ifs', async () => {
    const result = await renderBraze(nestedIfs(20_000), NO_ROKT_USER);
    expect(result).toMatchObject({ ok: false, problem: { code: 'liquid.limit' } });
  });

  it('refuses blocks nested deeper than 100 at the 101st, as Ruby does ("Nesting too deep")', async () => {
    const result = await renderBraze(nestedIfs(1_000), NO_ROKT_USER);
    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'liquid.limit', line: 1, column: 100 * 13 + 1 },
    });
    expect(result.ok || result.problem?.message).toMatch(/nested more than 100 deep/);
  });

  it('renders 100 nested ifs', async () => {
    expect(await renderBraze(nestedIfs(100), NO_ROKT_USER)).toEqual({ ok: true, output: 'x' });
  });

  it('does not count blocks inside raw', async () => {
    const source = `{% raw %}${'{% if x %}'.repeat(200)}{% endraw %}`;
    expect(await renderBraze(source, NO_ROKT_USER)).toEqual({ ok: true, output: '{% if x %}'.repeat(200) });
  });

  it.each([
    ['a long loop', '{% for i in (1..100000000) %}x{% endfor %}'],
    ['loops inside loops', '{% for a in (1..5000) %}{% for b in (1..5000) %}{{ b }}{% endfor %}{% endfor %}'],
  ])('stops %s with the limit error', async (_name, source) => {
    expect(await renderBraze(source, NO_ROKT_USER)).toMatchObject({
      ok: false,
      problem: { code: 'liquid.limit' },
    });
  });
});

describe('the limits at their bounds', () => {
  it('renders a text of exactly 200,000 characters and refuses one more, at the first character past the limit', async () => {
    expect(await renderBraze('x'.repeat(200_000), NO_ROKT_USER)).toEqual({
      ok: true,
      output: 'x'.repeat(200_000),
    });
    expect(await renderBraze('x'.repeat(200_001), NO_ROKT_USER)).toMatchObject({
      ok: false,
      problem: { code: 'liquid.limit', line: 1, column: 200_001 },
    });
  });

  it('counts only open blocks: 150 closed blocks one after another render', async () => {
    const blocks = [
      '{% if true %}a{% endif %}',
      '{% unless false %}b{% endunless %}',
      '{% for i in (1..1) %}c{% endfor %}',
      '{% case 1 %}{% when 1 %}d{% endcase %}',
      '{% capture x %}e{% endcapture %}{{ x }}',
    ].join('');
    expect(await renderBraze(blocks.repeat(30), NO_ROKT_USER)).toEqual({
      ok: true,
      output: 'abcde'.repeat(30),
    });
  });

  it.each([
    ['a stray end tag before them', `{% endif %}${nestedIfs(101)}`],
    [
      'tags that open no block inside them',
      `${'{% if true %}{% assign a = 1 %}{% endcomment2 %}'.repeat(101)}`,
    ],
  ])('still counts 101 nested blocks with %s', async (_name, source) => {
    const result = await renderBraze(source, NO_ROKT_USER);
    expect(result.ok || result.problem?.message).toMatch(/nested more than 100 deep/);
  });
});

describe('the parse cache', () => {
  it('serves the same text from the cache', () => {
    const source = '{{ "cached" | upcase }}';
    expect(parseBraze(source)).toBe(parseBraze(source));
  });

  it('keeps no entry larger than an eighth of its byte budget', () => {
    const big = `{{ x }}${'y'.repeat(150_000)}`;
    expect(parseBraze(big)).not.toBe(parseBraze(big));
  });
});
