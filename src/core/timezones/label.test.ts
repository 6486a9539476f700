import { describe, expect, it } from 'vitest';
import { labelOfWindowsId } from './label';

describe('labelOfWindowsId', () => {
  it.each([
    ['Eastern Standard Time', 'Eastern Time'],
    ['W. Europe Standard Time', 'W. Europe Time'],
    ['UTC', 'UTC'],
    ['Pacific Standard Time (Mexico)', 'Pacific Time (Mexico)'],
  ])('%j -> %j', (id, label) => {
    expect(labelOfWindowsId(id)).toBe(label);
  });
});
