import { describe, expect, it } from 'vitest';
import { fileTooLargeError, formatCount } from './limits';

describe('limit messages', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [10_000, '10,000'],
    [1_234_567, '1,234,567'],
  ])('prints %i as %s', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });

  it('names the size of a file over the limit', () => {
    expect(fileTooLargeError(15.25 * 1024 * 1024)).toBe(
      'The file is 15.3 MB; a drafts file can be at most 10 MB.',
    );
  });
});
