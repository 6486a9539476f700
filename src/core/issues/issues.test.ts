import { describe, expect, it } from 'vitest';
import { draftFieldOf, hasError, mergeIssues, type Issue } from './index';

const issue = (over: Partial<Issue>): Issue => ({
  code: 'x',
  message: 'm',
  path: 'p',
  severity: 'warning',
  ...over,
});

describe('mergeIssues', () => {
  it('puts errors first, keeps source order otherwise and drops repeats', () => {
    const w1 = issue({ code: 'w1' });
    const e1 = issue({ code: 'e1', severity: 'error' });
    const w2 = issue({ code: 'w2' });
    const e2 = issue({ code: 'e2', severity: 'error' });
    expect(mergeIssues([w1, e1], [w2, e2, { ...w1 }]).map((i) => i.code)).toEqual(['e1', 'e2', 'w1', 'w2']);
  });

  it('keeps the order of the sources among many errors and many warnings', () => {
    const codes = ['w1', 'e1', 'w2', 'w3', 'e2', 'w4', 'e3', 'e4', 'w5'];
    const list = codes.map((code) => issue({ code, severity: code.startsWith('e') ? 'error' : 'warning' }));
    expect(mergeIssues(list.slice(0, 4), list.slice(4)).map((i) => i.code)).toEqual([
      'e1',
      'e2',
      'e3',
      'e4',
      'w1',
      'w2',
      'w3',
      'w4',
      'w5',
    ]);
  });

  it('keeps the same code at two paths', () => {
    expect(mergeIssues([issue({ path: 'a' })], [issue({ path: 'b' })])).toHaveLength(2);
  });

  it('tells whether a list holds an error', () => {
    expect(hasError([issue({})])).toBe(false);
    expect(hasError([issue({}), issue({ severity: 'error' })])).toBe(true);
  });
});

describe('draftFieldOf', () => {
  it.each<[string, Partial<Issue>, string | null]>([
    ['a draft field', { field: 'draft', path: 'credentialName' }, 'credentialName'],
    ['a draft option', { field: 'draft', path: 'options.updateShape' }, 'options.updateShape'],
    ['a body value', { field: 'body', path: 'event.notifyBefore' }, 'notifyBefore'],
    ['a flat update body value', { field: 'body', path: 'title' }, 'title'],
    ['the all-day flag', { field: 'body', path: 'event.allDayEvent' }, 'allDay'],
    ['the Authorization header', { field: 'headers', path: 'headers.Authorization' }, 'credentialName'],
    ['a subscription id of the user', { field: 'body', path: 'subscriptionIds[1]' }, null],
    ['the URL', { field: 'url', path: 'url' }, null],
    ['an unknown draft path', { field: 'draft', path: 'nope' }, null],
    ['a part of a draft field', { field: 'draft', path: 'start.date' }, 'start'],
    ['an item of a draft field', { field: 'draft', path: 'title[2]' }, 'title'],
    ['an unknown draft option', { field: 'draft', path: 'options.nope' }, null],
    ['a draft path with no part given', { path: 'title' }, 'title'],
    ['a body path with no part given', { path: 'event.start' }, 'start'],
    ['a body key named like a form-only field', { field: 'body', path: 'credentialName' }, null],
    ['a URL problem named like a field', { field: 'url', path: 'title' }, null],
    ['another header', { field: 'headers', path: 'headers.X-Request-Id' }, null],
    ['a header named like Authorization', { field: 'headers', path: 'headers.Authorization-Backup' }, null],
    ['a form-only field with no part given', { path: 'credentialName' }, 'credentialName'],
  ])('%s', (_name, over, expected) => {
    expect(draftFieldOf(issue(over))).toBe(expected);
  });
});
