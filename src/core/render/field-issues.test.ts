import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues';
import { abortNotice, laxWarningIssues, renderProblemIssue, splitIssues } from './field-issues';

describe('renderProblemIssue: a field whose Liquid failed for the user', () => {
  it.each([
    [{ field: 'body', path: 'body' } as const, 'The Liquid in the body could not be rendered for this user.'],
    [{ field: 'url', path: 'url' } as const, 'The Liquid in the URL could not be rendered for this user.'],
    [
      { field: 'headers', path: 'headers.X-Api-Key' } as const,
      'The Liquid in the X-Api-Key header could not be rendered for this user.',
    ],
  ])('without details: %j', (ref, message) => {
    expect(renderProblemIssue(ref, { ok: false, output: '' })).toEqual({
      code: 'render.failed',
      path: ref.path,
      field: ref.field,
      severity: 'error',
      message,
    });
  });

  it("with the renderer's problem: its code, sentence and position", () => {
    const problem = {
      code: 'liquid.unknown-filter',
      message: 'Unknown filter "shout".',
      line: 2,
      column: 7,
      excerpt: '{{ a | shout }}',
    };
    expect(renderProblemIssue({ field: 'body', path: 'body' }, { ok: false, output: '', problem })).toEqual({
      path: 'body',
      field: 'body',
      severity: 'error',
      ...problem,
    });
  });

  it("keeps the problem's parameters, from which the interface words it in its own language", () => {
    const problem = {
      code: 'liquid.unknown-filter',
      message: 'Unknown filter "shout".',
      line: 1,
      column: 5,
      excerpt: '{{ a | shout }}',
      params: { filter: 'shout' },
    };
    const issue = renderProblemIssue({ field: 'url', path: 'url' }, { ok: false, output: '', problem });
    expect(issue.params).toEqual({ filter: 'shout' });
  });
});

describe('abortNotice: Braze skips the user', () => {
  it.each([
    ['no subscriptions', ' ("no subscriptions")'],
    ['', ''],
    ['   ', ''],
  ])('reason %j', (reason, said) => {
    expect(abortNotice({ field: 'body', path: 'body' }, reason)).toEqual({
      code: 'render.aborted',
      path: 'body',
      field: 'body',
      severity: 'warning',
      message: `Braze would skip this user: the template stops the send with abort_message${said}. Nothing is sent to Rokt for them.`,
      params: { reason },
    });
  });
});

describe('laxWarningIssues and splitIssues', () => {
  const lax = (line: number, column: number): Issue => ({
    code: 'liquid.lax-unclosed',
    path: 'body',
    field: 'body',
    severity: 'warning',
    message: 'Lax Liquid.',
    line,
    column,
  });

  it('locates each lax warning of a render in its field', () => {
    const warnings = [
      { code: 'liquid.lax-unclosed', message: 'Lax Liquid.', line: 3, column: 9, excerpt: '{{ a' },
    ];
    expect(laxWarningIssues({ field: 'body', path: 'body' }, { ok: true, output: '', warnings })).toEqual([
      { ...lax(3, 9), excerpt: '{{ a' },
    ]);
    expect(laxWarningIssues({ field: 'url', path: 'url' }, { ok: true, output: '' })).toEqual([]);
  });

  it("keeps a lax warning's parameters", () => {
    const warnings = [
      {
        code: 'liquid.lax-spaces-in-name',
        message: 'Spaces.',
        line: 1,
        column: 4,
        excerpt: '{{ ${ first_name } }}',
        params: { detail: 'first_name' },
      },
    ];
    const [issue] = laxWarningIssues({ field: 'body', path: 'body' }, { ok: true, output: '', warnings });
    expect(issue?.params).toEqual({ detail: 'first_name' });
  });

  it('keeps one of two identical problems, and two problems that differ in code or path', () => {
    const a: Issue = { code: 'rokt.required', path: 'event.title', severity: 'error', message: 'Title.' };
    expect(splitIssues([a, { ...a }]).errors).toEqual([a]);
    const b = { ...a, path: 'event.start' };
    const c = { ...a, code: 'rokt.type' };
    expect(splitIssues([a, b, c, b]).errors).toEqual([a, b, c]);
  });

  it('keeps a lax warning once per position, and any other problem once per code and path', () => {
    const other: Issue = {
      code: 'rokt.required',
      path: 'event.title',
      severity: 'error',
      message: 'Title is required.',
    };
    const out = splitIssues([lax(1, 2), lax(4, 5), lax(1, 2), other, { ...other, message: 'Again.' }]);
    expect(out).toEqual({ errors: [other], warnings: [lax(1, 2), lax(4, 5)] });
  });

  it('gives the same answer for many Issues as for a few (keyed instead of compared pairwise)', () => {
    const many = Array.from({ length: 40 }, (_, i) => lax(i % 12, 1));
    const other: Issue = { code: 'rokt.type', path: 'event.title', severity: 'error', message: 'Text.' };
    const out = splitIssues([...many, other, { ...other, message: 'Again.' }, { ...other, path: 'event.x' }]);
    expect(out.warnings).toEqual(Array.from({ length: 12 }, (_, i) => lax(i, 1)));
    expect(out.errors).toEqual([other, { ...other, path: 'event.x' }]);
    expect(splitIssues(many.slice(0, 16)).warnings).toEqual(Array.from({ length: 12 }, (_, i) => lax(i, 1)));
  });
});
