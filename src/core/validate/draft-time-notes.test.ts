import { describe, expect, it } from 'vitest';
import { describeMinutes, readable } from './draft-time-notes';

describe('describeMinutes', () => {
  it.each([
    [0, '0 minutes'],
    [1, '1 minute'],
    [-1, '1 minute'],
    [1.4, '1 minute'],
    [45, '45 minutes'],
    [59, '59 minutes'],
    [60, '1 hour'],
    [-60, '1 hour'],
    [90, '90 minutes'],
    [119, '119 minutes'],
    [120, '2 hours'],
    [125, '2 hours'],
    [150, '3 hours'],
    [1439, '24 hours'],
    [1440, '1 day'],
    [2820, '47 hours'],
    [2879, '48 hours'],
    [2880, '2 days'],
    [2881, '2 days'],
    [4000, '3 days'],
    [40320, '28 days'],
  ])('%d minutes read as %s', (minutes, text) => {
    expect(describeMinutes(minutes)).toBe(text);
  });
});

describe('readable', () => {
  it.each([
    ['2026-03-08T02:30', '2026-03-08 02:30'],
    ['2026-03-08T02:30:59.123', '2026-03-08 02:30'],
    ['2026-03-08', '2026-03-08'],
  ])('%s → %s', (wall, text) => {
    expect(readable(wall)).toBe(text);
  });
});
