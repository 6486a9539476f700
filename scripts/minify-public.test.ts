import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minifyScript } from './minify-public';

const WARM_UP = readFileSync(new URL('../public/warm-up.js', import.meta.url), 'utf8');

/** Runs a classic script against a stand-in `Intl` that records what the script asked of it. */
function callsOf(code: string, failAt?: string): string[] {
  const calls: string[] = [];
  const record = (name: string, result: unknown) => {
    calls.push(name);
    if (name === failAt) throw new RangeError(`${name} failed`);
    return result;
  };
  const intl = {
    DateTimeFormat: () => ({ resolvedOptions: () => record('DateTimeFormat.resolvedOptions', {}) }),
    NumberFormat: () => ({ format: (n: number) => record('NumberFormat.format', String(n)) }),
    PluralRules: class {
      select(text: string) {
        return record(`PluralRules.select(${text})`, 'one');
      }
    },
  };
  new Function('Intl', code)(intl);
  return calls;
}

describe('minifyScript', () => {
  it('drops the comments and spaces of the page warm-up script', () => {
    const minified = minifyScript(WARM_UP);
    expect(minified).not.toMatch(/\/\/|\/\*/);
    expect(minified.length).toBeLessThan(WARM_UP.length * 0.7);
  });

  it.each([
    ['nothing fails', undefined],
    ['the date format fails', 'DateTimeFormat.resolvedOptions'],
    ['the plural rules fail', 'PluralRules.select(1)'],
  ])('keeps what the warm-up script does when %s', (_, failAt) => {
    const expected = callsOf(WARM_UP, failAt);
    expect(expected[0]).toBe('DateTimeFormat.resolvedOptions');
    expect(callsOf(minifyScript(WARM_UP), failAt)).toEqual(expected);
  });
});
