import { describe, expect, it } from 'vitest';
import { suffixedName } from './names';

describe('suffixedName', () => {
  it.each([
    [[], 'Sale', 'Sale (conflict copy)'],
    [['Sale (conflict copy)'], 'Sale', 'Sale (conflict copy 2)'],
    [['Sale (conflict copy)', 'Sale (conflict copy 2)'], ' Sale ', 'Sale (conflict copy 3)'],
    [['Sale (conflict copy 2)'], 'Sale', 'Sale (conflict copy)'],
    [[], '  ', 'Untitled draft (conflict copy)'],
  ])('with %j taken, %j becomes %j', (taken, name, expected) => {
    expect(suffixedName(new Set(taken), name, 'conflict copy')).toBe(expected);
  });
});
