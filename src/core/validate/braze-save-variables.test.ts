import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstUses } from './braze-save-variables';
import { liquidSegments, type LiquidSegment } from './liquid-segments';

/** The pattern the index replaces: one regular expression per name, tried on every segment. */
function firstUseByPattern(segments: LiquidSegment[], name: string): LiquidSegment | undefined {
  const re = new RegExp(`(^|[^\\w.$-])${name}\\b`);
  return segments.find((s) => !/^connected_content\b/.test(s.inner) && re.test(s.inner));
}

describe('firstUses', () => {
  it.each([
    ['{{token.access_token}}', 'token', 0],
    ['{{ x }}{{token}}', 'token', 7],
    ['{{tokens}}', 'token', undefined],
    ['{{my.token}}', 'token', undefined],
    ['{{$token}}', 'token', undefined],
    ['{{token-x}}', 'token', 0],
    ['{{a-token}}', 'token', undefined],
    ['{% connected_content u :save token %}{{ token }}', 'token', 37],
    ['{% if token_2 %}{% endif %}', 'token_2', 0],
    ['{{ x }}{{c ab}}{{ ab }}', 'ab', 7],
    ['{{ x }}{{token}}{{ token }}', 'token', 7],
  ])('in %s finds %s at %s', (text, name, offset) => {
    const uses = firstUses(liquidSegments(text), new Set([name]));
    expect(uses.get(name)?.start).toBe(offset);
  });

  it('agrees with the per-name pattern on arbitrary Liquid', () => {
    const piece = fc.constantFrom(
      '{{',
      '}}',
      '{%',
      '%}',
      ' ',
      '.',
      '$',
      '-',
      '_',
      'a',
      'b',
      'ab',
      'a-b',
      '1',
      '|',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.constantFrom('a', 'b', 'ab', 'a-b', 'a_1', '_'),
        (parts, name) => {
          const segments = liquidSegments(parts.join(''));
          expect(firstUses(segments, new Set([name])).get(name)).toBe(firstUseByPattern(segments, name));
        },
      ),
      { numRuns: 500 },
    );
  });
});
