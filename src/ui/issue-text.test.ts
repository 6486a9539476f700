import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultDraft, type Draft } from '../core/event';
import type { Issue } from '../core/issues';
import { checkDefaultTexts, validateDraft } from '../core/validate';
import { activateTestLocale } from '../testing/test-locale';
import { issueText, loadIssueWordings } from './issue-text';
import { hasWording } from './issue-wordings';

const NOW = new Date('2026-11-28T21:00:00Z');

/** Drafts that make the composer show each of its time and field problems (New York: DST ends 1 Nov 2026). */
const DRAFTS: [string, Partial<Draft>][] = [
  ['the default draft', {}],
  ['an end before the start', { start: '2027-03-10T15:00', end: '2027-03-10T14:00' }],
  ['an end equal to the start', { start: '2027-03-10T15:00', end: '2027-03-10T15:00' }],
  ['an event already over', { start: '2026-01-05T10:00', end: '2026-01-05T11:00' }],
  ['an event already running', { start: '2026-11-28T10:00', end: '2026-12-05T11:00' }],
  ['a reminder that has passed', { start: '2026-11-28T17:30', end: '2026-11-28T18:30', notifyBefore: 1440 }],
  ['an IANA zone', { timezone: 'Europe/Madrid' }],
  ['a misspelt zone', { timezone: 'eastern standard time' }],
  ['an unknown zone', { timezone: 'Moon Time' }],
];

function problemsOf(change: Partial<Draft>): Issue[] {
  const draft = { ...defaultDraft(), timezone: 'Eastern Standard Time', ...change };
  return [...checkDefaultTexts(draft), ...validateDraft(draft, NOW)];
}

beforeAll(() => loadIssueWordings());
afterEach(() => activateTestLocale('en'));

describe('issueText', () => {
  it.each(DRAFTS)('has a Spanish sentence for every problem of %s', (_, change) => {
    const problems = problemsOf(change);
    expect(problems.length).toBeGreaterThan(0);
    const unworded = problems.filter((p) => !hasWording(p)).map((p) => p.code);
    expect(unworded, 'codes the composer shows with no Spanish wording').toEqual([]);
    activateTestLocale('es');
    for (const problem of problems) expect(issueText(problem)).not.toBe(problem.message);
  });

  it('shows core’s own sentence in English', () => {
    const [problem] = problemsOf({ start: '2027-03-10T15:00', end: '2027-03-10T14:00' });
    expect(problem && issueText(problem)).toBe(problem?.message);
  });

  it.each([
    [
      { start: '2027-03-10T15:00', end: '2027-03-10T14:00' },
      /^El fin .*14:00 es anterior al inicio .*15:00: pon el fin después del inicio\.$/,
    ],
    [
      { timezone: 'Europe/Madrid' },
      /^La zona horaria «Europe\/Madrid» es un nombre IANA;.*Usa «Romance Standard Time»\.$/,
    ],
    [{}, /^ID del evento sigue siendo el texto de ejemplo «Event_0001»/],
  ] as const)('words %o in Spanish from its parameters', (change, expected) => {
    activateTestLocale('es');
    const texts = problemsOf(change).map(issueText);
    expect(
      texts.some((text) => (typeof expected === 'string' ? text === expected : expected.test(text))),
    ).toBe(true);
  });

  it('words a user with calendars in two Rokt accounts, and a send the template stops', () => {
    activateTestLocale('es');
    const accounts: Issue = {
      code: 'user.several-accounts',
      path: 'custom_attributes.rokt:account_code',
      severity: 'error',
      message: 'English',
      params: { accounts: 'acme, acme-outlet', count: 2, used: 'acme', ids: 3 },
    };
    expect(issueText(accounts)).toMatch(
      /^Los calendarios de este usuario están en 2 cuentas de Rokt \(acme, acme-outlet\)/,
    );
    const aborted: Issue = {
      code: 'render.aborted',
      path: '',
      severity: 'warning',
      message: 'English',
      params: { reason: 'x' },
    };
    expect(issueText(aborted)).toMatch(/^Braze omitiría a este usuario/);
  });
});
