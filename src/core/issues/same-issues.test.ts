import { describe, expect, it } from 'vitest';
import { sameIssues, type Issue } from './index';

const base: Issue = {
  code: 'draft.end-before-start',
  message: 'End 2027-02-21 14:00 is before the start.',
  path: 'end',
  severity: 'error',
  field: 'draft',
  params: { end: '2027-02-21 14:00' },
  fixes: [{ code: 'keep-duration', label: 'End at 16:00', set: { end: '2027-02-21T16:00' } }],
};

describe('sameIssues', () => {
  it('holds for copies of the same list', () => {
    expect(sameIssues([base], [structuredClone(base)])).toBe(true);
    expect(sameIssues([], [])).toBe(true);
  });

  it.each<[string, Partial<Issue>]>([
    ['the message', { message: 'End is before the start.' }],
    ['the severity', { severity: 'warning' }],
    ['the path', { path: 'start' }],
    ['the line', { line: 2 }],
    ['the column', { column: 7 }],
    ['the excerpt', { excerpt: '{% if %}' }],
    ['a parameter', { params: { end: '2027-02-21 15:00' } }],
    ['a missing parameter list', { params: undefined }],
    [
      'a fix label',
      { fixes: [{ code: 'keep-duration', label: 'End at 17:00', set: { end: '2027-02-21T16:00' } }] },
    ],
    [
      'a fix value',
      { fixes: [{ code: 'keep-duration', label: 'End at 16:00', set: { end: '2027-02-21T17:00' } }] },
    ],
    ['no fixes', { fixes: [] }],
  ])('tells lists apart that differ in %s', (_what, change) => {
    expect(sameIssues([base], [{ ...base, ...change }])).toBe(false);
  });

  it('tells lists apart that differ in length or order', () => {
    const other = { ...base, code: 'draft.in-past' };
    expect(sameIssues([base], [base, other])).toBe(false);
    expect(sameIssues([base, other], [other, base])).toBe(false);
  });
});
