import { describe, expect, it } from 'vitest';
import { checkWallClock } from './rokt-date-time-check';

describe('checkWallClock', () => {
  it.each([
    ['2019-02-21T15:00:00', { ok: true, key: '2019-02-21T15:00:00.0000000' }],
    ['2019-02-21T15:00', { ok: true, key: '2019-02-21T15:00:00.0000000' }],
    ['2019-02-21T23:59:59.5', { ok: true, key: '2019-02-21T23:59:59.5000000' }],
    ['2028-02-29T00:00:00', { ok: true, key: '2028-02-29T00:00:00.0000000' }],
    ['2027-02-29T00:00:00', { ok: false, reason: 'impossible' }],
    ['2027-13-01T00:00:00', { ok: false, reason: 'impossible' }],
    ['2027-00-01T00:00:00', { ok: false, reason: 'impossible' }],
    ['2027-04-31T00:00:00', { ok: false, reason: 'impossible' }],
    ['2027-04-00T00:00:00', { ok: false, reason: 'impossible' }],
    ['2027-04-30T24:00:00', { ok: false, reason: 'impossible' }],
    ['2027-04-30T10:60:00', { ok: false, reason: 'impossible' }],
    ['2027-04-30T10:00:60', { ok: false, reason: 'impossible' }],
    ['2027-04-30T10:00:00Z', { ok: false, reason: 'offset' }],
    ['2027-04-30T10:00:00+05:30', { ok: false, reason: 'offset' }],
    ['2027-04-30', { ok: false, reason: 'date-only' }],
    ['2027-04-30 10:00', { ok: false, reason: 'space' }],
    ['30/04/2027 10:00', { ok: false, reason: 'format' }],
  ])('%s', (value, expected) => {
    expect(checkWallClock(value)).toEqual(expected);
  });
});
