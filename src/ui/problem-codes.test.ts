import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultDraft, DraftSchema } from '../core/event';
import type { Issue } from '../core/issues';
import { activateTestLocale } from '../testing/test-locale';
import { causeFixText, fixText, importText, issueText, loadIssueWordings, schemaText } from './issue-text';

const CORE = join(__dirname, '..', 'core');
const FAMILIES = 'rokt|json|liquid|braze|request|connected-content|user|draft|render';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * Every problem code src/core can give: each code literal, plus the codes built from a template
 * (`draft.${key}-nonexistent` for start and end, `liquid.lax-${kind}` for each LaxKind).
 */
function coreCodes(): string[] {
  const codes = new Set<string>();
  for (const file of sources(CORE)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(new RegExp(`['\`]((?:${FAMILIES})\\.[a-z0-9-]*[a-z0-9])['\`]`, 'g')))
      codes.add(m[1]!);
    for (const m of text.matchAll(/`draft\.\$\{key\}-([a-z-]+)`/g)) {
      codes.add(`draft.start-${m[1]}`);
      codes.add(`draft.end-${m[1]}`);
    }
    const lax = /export type LaxKind =([^;]+);/.exec(text)?.[1];
    if (lax) for (const m of lax.matchAll(/'([a-z-]+)'/g)) codes.add(`liquid.lax-${m[1]}`);
  }
  // Host names and the like that look like codes.
  codes.delete('api.roktcalendar.com');
  return [...codes].sort();
}

/** An issue of `code` as core gives it (a schema problem carries the schema's sentence, its wording key). */
const issue = (code: string): Issue => ({
  code,
  message:
    code === 'draft.field-invalid'
      ? 'Title is required: it is what subscribers see in their calendar.'
      : `core's sentence for ${code}`,
  path: 'event.title',
  severity: 'error',
});

beforeAll(() => loadIssueWordings());
afterEach(() => activateTestLocale('en'));

describe('problem codes', () => {
  const codes = coreCodes();

  it('finds the codes core gives', () => {
    expect(codes.length).toBeGreaterThan(60);
    expect(codes).toEqual(
      expect.arrayContaining(['rokt.required', 'draft.start-nonexistent', 'liquid.lax-nested-output']),
    );
  });

  it.each(codes)('%s is worded in Spanish (English shows core’s sentence)', (code) => {
    expect(issueText(issue(code))).toBe(issue(code).message);
    activateTestLocale('es');
    const spanish = issueText(issue(code));
    expect(spanish, 'no Spanish wording: add one to src/ui/issue-wordings.ts').not.toBe(issue(code).message);
    expect(spanish.trim().length).toBeGreaterThan(0);
  });

  it('words a failure cause’s fix and a clock-change fix button in Spanish', () => {
    activateTestLocale('es');
    expect(causeFixText('user.no-user-id', 'English fix')).toMatch(/^Estos usuarios no tienen external_id/);
    expect(
      fixText({
        code: 'keep-duration',
        label: 'Start at 03:00, end at 04:00 (keeps 1 hour)',
        set: {},
        params: { start: '03:00', end: '04:00', minutes: 60 },
      }),
    ).toBe('Empezar a las 03:00 y terminar a las 04:00 (mantiene 1 hora)');
  });
});

describe('draft schema sentences', () => {
  /** One bad value per rule of the schema: every sentence it can give. */
  const BAD: Record<string, unknown>[] = [
    { mode: 'delete' },
    { eventId: '' },
    { eventId: 'x'.repeat(500) },
    { title: '  ' },
    { description: 5 },
    { location: 5 },
    { start: '2027-01-01T10:00Z' },
    { end: 'tomorrow' },
    { allDay: 'yes' },
    { timezone: '' },
    { notifyBefore: 'ten' },
    { notifyBefore: 1.5 },
    { notifyBefore: -1 },
    { notifyBefore: 1e9 },
    { credentialName: '' },
    { credentialName: 'my key' },
    { options: { ...defaultDraft().options, updateShape: 'deep' } },
    { options: { ...defaultDraft().options, appendUserId: 'no' } },
    { options: { ...defaultDraft().options, abortWithoutSubscriptions: 'no' } },
    { options: { ...defaultDraft().options, startOccurrence: 'first' } },
    { options: { ...defaultDraft().options, endOccurrence: 'first' } },
    { options: { ...defaultDraft().options, quoteNotifyBefore: 'no' } },
  ];

  it.each(BAD)('words the schema’s sentence for %o in Spanish', (change) => {
    const parsed = DraftSchema.safeParse({ ...defaultDraft(), ...change });
    expect(parsed.success).toBe(false);
    const messages = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
    activateTestLocale('es');
    for (const message of messages) expect(schemaText(message), message).not.toBe(message);
  });
});

describe('Braze import reasons', () => {
  /** Every `why` code core/import gives: the quoted names on its `code:` lines (`code: a ? 'no-url' : 'not-rokt-url'`). */
  const codes = [
    ...new Set(
      sources(join(CORE, 'import')).flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => /\bcode: /.test(line))
          .flatMap((line) =>
            [...line.slice(line.indexOf('code: ')).matchAll(/'([a-z][a-z-]+)'/g)].map((m) => m[1]!),
          ),
      ),
    ),
  ].sort();

  it('finds the reasons core/import gives', () => {
    expect(codes).toEqual(expect.arrayContaining(['no-json', 'no-url', 'not-rokt-url', 'translated']));
  });

  it.each(codes)('%s is worded in Spanish', (code) => {
    expect(importText({ code }, 'English')).toBe('English');
    activateTestLocale('es');
    expect(importText({ code, params: { value: 'x', detail: 'x', what: 'x' } }, 'English')).not.toBe(
      'English',
    );
  });
});
