import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../event';
import type { NamedDraft } from './format';
import { planImport, toExisting } from './import-plan';

const named = (id: string, name: string, title = name): NamedDraft => ({
  id,
  name,
  rev: 2,
  savedAt: '2026-11-01T00:00:00.000Z',
  draft: { ...defaultDraft(), title },
});
let n = 0;
const newId = () => `new-${(n += 1)}`;

describe('planImport', () => {
  const saved = [named('a', 'Cyber Monday'), named('b', 'Black Friday')].map(toExisting);

  it('adds nothing when the same drafts are imported again', () => {
    const plan = planImport(saved, [named('a', 'Cyber Monday'), named('b', 'Black Friday')], newId);
    expect(plan).toEqual({ add: [], alreadySaved: 2, renamed: [] });
  });

  it('skips a draft with the same name and content even under another id (a bare draft imported twice)', () => {
    expect(planImport(saved, [named('zz', 'Cyber Monday')], newId).alreadySaved).toBe(1);
  });

  it('imports a different draft with a taken name under a clear name, keeping its id', () => {
    const plan = planImport(saved, [named('c', 'Cyber Monday', 'Another sale')], newId);
    expect(plan.add.map((d) => [d.id, d.name])).toEqual([['c', 'Cyber Monday (imported)']]);
    expect(plan.renamed).toEqual([{ from: 'Cyber Monday', to: 'Cyber Monday (imported)' }]);
  });

  it('never overwrites: a different draft under a saved id gets a new id and revision 1', () => {
    const plan = planImport(saved, [named('a', 'Cyber Monday', 'Changed elsewhere')], newId);
    expect(plan.add[0]).toMatchObject({
      id: expect.stringMatching(/^new-/),
      name: 'Cyber Monday (imported)',
      rev: 1,
    });
  });

  it('numbers several same-name drafts in one file and skips repeats inside the file', () => {
    const plan = planImport(
      saved,
      [
        named('c', 'Sale', 'One'),
        named('d', 'Sale', 'Two'),
        named('e', 'Sale', 'Three'),
        named('c', 'Sale', 'One'),
      ],
      newId,
    );
    expect(plan.add.map((d) => d.name)).toEqual(['Sale', 'Sale (imported)', 'Sale (imported 2)']);
    expect(plan.alreadySaved).toBe(1);
  });
});
