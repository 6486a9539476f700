import { describe, expect, it } from 'vitest';
import { defaultDraft, type Draft } from '../event';
import { contentKey } from './content-key';
import type { NamedDraft } from './format';
import { decideSave, remoteChange, type SaveBase } from './revisions';

const now = new Date('2026-11-28T12:00:00Z');
const draft = (title: string): Draft => ({ ...defaultDraft(), title });
const record = (rev: number, title: string, name = 'Sale'): NamedDraft => ({
  id: 'd1',
  name,
  rev,
  savedAt: '2026-11-01T00:00:00.000Z',
  draft: draft(title),
});
const base = (rev: number, title: string, name = 'Sale'): SaveBase => ({
  id: 'd1',
  name,
  rev,
  baseKey: contentKey(draft(title)),
});
const save = (stored: NamedDraft | null, b: SaveBase, title: string) =>
  decideSave({
    stored,
    base: b,
    draft: draft(title),
    now,
    takenNames: new Set(['Sale', 'Sale (conflict copy)']),
    newId: () => 'new-id',
  });

describe('decideSave: a save never overwrites a revision it has not seen', () => {
  it.each([
    ['over the revision it is based on', record(3, 'A'), base(3, 'A'), 'B', 4],
    ['over an older revision (an undone delete)', record(2, 'A'), base(3, 'A'), 'B', 4],
    ['over a newer revision that only renamed the draft', record(4, 'A', 'Sale 2'), base(3, 'A'), 'B', 5],
  ])('writes %s', (_case, stored, b, title, rev) => {
    const decision = save(stored, b, title);
    expect(decision.kind).toBe('write');
    if (decision.kind !== 'write') return;
    expect(decision.record).toMatchObject({ id: 'd1', rev, name: stored.name, savedAt: now.toISOString() });
    expect(decision.record.draft.title).toBe(title);
  });

  it('writes nothing when the newer revision already holds the same content', () => {
    expect(save(record(5, 'B'), base(3, 'A'), 'B')).toEqual({ kind: 'unchanged', record: record(5, 'B') });
  });

  it('keeps both when another tab saved different content first', () => {
    const decision = save(record(4, 'Theirs'), base(3, 'A'), 'Mine');
    expect(decision.kind).toBe('conflict');
    if (decision.kind !== 'conflict') return;
    expect(decision.theirs.draft.title).toBe('Theirs');
    expect(decision.copy).toMatchObject({ id: 'new-id', name: 'Sale (conflict copy 2)', rev: 1 });
    expect(decision.copy.draft.title).toBe('Mine');
  });

  it('keeps both when the base content is unknown and the stored revision is newer', () => {
    expect(save(record(4, 'Theirs'), { ...base(3, 'A'), baseKey: null }, 'Mine').kind).toBe('conflict');
  });

  it('saves the draft again when another tab deleted it', () => {
    const decision = save(null, base(3, 'A'), 'Mine');
    expect(decision).toMatchObject({ kind: 'write', recreated: true, record: { id: 'd1', rev: 4 } });
  });
});

describe('remoteChange: how an open draft follows changes from another tab', () => {
  it.each([
    ['a revision it has seen', record(3, 'A'), 'A', 'ignore'],
    ['new content while the form is clean', record(4, 'B'), 'A', 'follow'],
    ['new content equal to the form', record(4, 'B'), 'B', 'follow'],
    ['new content while the form has unsaved changes', record(4, 'B'), 'Mine', 'warn-changed'],
    ['a rename only, form dirty', record(4, 'A', 'Renamed'), 'Mine', 'renamed'],
  ])('%s → %s', (_case, stored, current, kind) => {
    expect(remoteChange(base(3, 'A'), draft(current), stored).kind).toBe(kind);
  });

  it('warns when the open draft was deleted', () => {
    expect(remoteChange(base(3, 'A'), draft('A'), null)).toEqual({ kind: 'warn-deleted' });
  });
});
