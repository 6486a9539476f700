import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../event';
import { draftsFileText } from './export-file';
import { DRAFTS_FORMAT, type NamedDraft } from './format';
import { parseDraftsFile } from './parse-drafts-file';

const now = new Date('2026-06-01T12:00:00Z');
const newId = () => 'fresh-id';
const named = (name: string, draft: object = defaultDraft()) => ({
  id: `id-${name}`,
  name,
  savedAt: '2026-05-01T10:00:00.000Z',
  draft,
});

describe('parseDraftsFile', () => {
  it('reads back what draftsFileText wrote', () => {
    const text = draftsFileText([named('Summer sale'), named('Winter sale')] as NamedDraft[], now);
    const result = parseDraftsFile(text, now, newId);
    expect(result.ok && result.drafts.map((d) => d.name)).toEqual(['Summer sale', 'Winter sale']);
  });

  it('accepts a single bare draft and names it after its title', () => {
    const result = parseDraftsFile(JSON.stringify({ ...defaultDraft(), title: 'Launch party' }), now, newId);
    expect(result.ok && result.drafts[0]?.name).toBe('Launch party');
  });

  it('migrates a version-0 array (updatedAt becomes savedAt)', () => {
    const v0 = [{ name: 'Old one', updatedAt: '2025-01-01T00:00:00.000Z', draft: defaultDraft() }];
    const result = parseDraftsFile(JSON.stringify(v0), now, newId);
    expect(result.ok && result.drafts[0]).toMatchObject({
      name: 'Old one',
      savedAt: '2025-01-01T00:00:00.000Z',
    });
  });

  it('fills fields an older draft lacks from the schema defaults', () => {
    const { options: _options, description: _d, ...old } = defaultDraft();
    const result = parseDraftsFile(
      JSON.stringify({ format: DRAFTS_FORMAT, version: 0, drafts: [{ name: 'x', draft: old }] }),
      now,
      newId,
    );
    expect(result.ok && result.drafts[0]?.draft.options.updateShape).toBe('nested');
  });

  it('keeps fields from a newer version and says so', () => {
    const text = JSON.stringify({
      format: DRAFTS_FORMAT,
      version: 7,
      drafts: [{ ...named('Future', { ...defaultDraft(), colour: 'teal' }), pinned: true }],
    });
    const result = parseDraftsFile(text, now, newId);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.drafts[0]).toMatchObject({ pinned: true, draft: { colour: 'teal' } });
    expect(result.notes[0]).toMatch(/newer version \(7\)/);
  });

  it('reads a version-1 file (no revisions) as revision 1 and keeps its ids', () => {
    const v1 = { format: DRAFTS_FORMAT, version: 1, drafts: [named('Spring')] };
    const result = parseDraftsFile(JSON.stringify(v1), now, newId);
    expect(result.ok && result.drafts[0]).toMatchObject({ id: 'id-Spring', name: 'Spring', rev: 1 });
  });

  it('keeps the revision of a version-2 file', () => {
    const v2 = { format: DRAFTS_FORMAT, version: 2, drafts: [{ ...named('Autumn'), rev: 7 }] };
    const result = parseDraftsFile(JSON.stringify(v2), now, newId);
    expect(result.ok && result.drafts[0]?.rev).toBe(7);
  });

  it('refuses a file over the draft limit, naming the limit, before checking any draft', () => {
    const drafts = Array.from({ length: 10_001 }, () => ({ name: 'x', draft: {} }));
    const result = parseDraftsFile(JSON.stringify({ format: DRAFTS_FORMAT, version: 2, drafts }), now, newId);
    expect(!result.ok && result.error).toBe(
      'The file holds 10,001 drafts; one import can add at most 10,000. Split the file and import the parts one after the other.',
    );
  });

  it('refuses a file over the size limit, naming the limit', () => {
    const result = parseDraftsFile(' '.repeat(10 * 1024 * 1024 + 1) + '[]', now, newId);
    expect(!result.ok && result.error).toBe('The file is 10.0 MB; a drafts file can be at most 10 MB.');
  });

  it.each([
    ['an empty file', '', /empty/],
    ['broken JSON', '{"format": "rokt-calendar-composer/drafts",\n "version": 1,', /not valid JSON/],
    [
      'a file of another app',
      JSON.stringify({ format: 'something-else', version: 1, drafts: [] }),
      /not a Rokt/,
    ],
    ['a number', '42', /does not contain a drafts object/],
    ['no drafts list', JSON.stringify({ format: DRAFTS_FORMAT, version: 1 }), /no "drafts" list/],
    ['no version', JSON.stringify({ format: DRAFTS_FORMAT, drafts: [] }), /"version"/],
    ['no drafts', JSON.stringify({ format: DRAFTS_FORMAT, version: 1, drafts: [] }), /no drafts/],
    [
      'an entry without a draft',
      JSON.stringify({ format: DRAFTS_FORMAT, version: 1, drafts: [named('ok'), { name: 'bad' }] }),
      /Draft 2 .*needs a "draft" object/,
    ],
    [
      'an invalid draft',
      JSON.stringify({
        format: DRAFTS_FORMAT,
        version: 1,
        drafts: [named('ok'), named('Broken', { ...defaultDraft(), title: '' })],
      }),
      /Draft 2 \("Broken"\) is not valid: field "title": Title is required/,
    ],
    [
      'a bare draft with a bad reminder',
      JSON.stringify({ ...defaultDraft(), notifyBefore: 'soon' }),
      /field "notifyBefore"/,
    ],
  ])('rejects %s with a clear error', (_name, text, error) => {
    const result = parseDraftsFile(text, now, newId);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });

  it.each([
    [
      'on a later line',
      '{\n  "format": "x",\n  "version": 1,,\n}',
      'The file is not valid JSON: problem at line 3, column 16.',
    ],
    ['at its end', '{"a": 1', 'The file is not valid JSON: problem at line 1, column 8.'],
  ])('names the line and column of broken JSON %s', (_name, text, error) => {
    expect(parseDraftsFile(text, now, newId)).toEqual({ ok: false, error });
  });

  it('repeats what JSON.parse said when it gives no position', () => {
    const result = parseDraftsFile('x', now, newId);
    expect(!result.ok && result.error).toMatch(/^The file is not valid JSON \(.*"x" is not valid JSON\)\.$/);
  });

  it.each([
    ['a title', { title: '  Launch  ' }, 'Launch'],
    ['an event id and a title', { eventId: 'e1', title: 'Sale' }, 'Sale'],
  ])('reads a bare draft with %s', (_name, fields, name) => {
    const text = JSON.stringify({ ...defaultDraft(), ...fields });
    const result = parseDraftsFile(text, now, newId);
    expect(result.ok ? result.drafts.map((d) => [d.id, d.name, d.rev, d.savedAt]) : result.error).toEqual([
      ['fresh-id', name, 1, now.toISOString()],
    ]);
  });

  it('says why a bare draft is not valid', () => {
    const text = JSON.stringify({ ...defaultDraft(), eventId: 'e1', title: '' });
    expect(parseDraftsFile(text, now, newId)).toEqual({
      ok: false,
      error:
        'The draft in the file is not valid: field "title": Title is required: it is what subscribers see in their calendar.',
    });
  });

  it.each([
    ['a blank file', '  \n ', 'The file is empty.'],
    [
      'an object that is neither a draft nor a drafts file',
      '{"name": "x"}',
      'This is not a Rokt Calendar Composer drafts file: "format" should be "rokt-calendar-composer/drafts".',
    ],
    ['a list of nothing', '[]', 'The file contains no drafts.'],
  ])('refuses %s', (_name, text, error) => {
    expect(parseDraftsFile(text, now, newId)).toEqual({ ok: false, error });
  });

  it('accepts exactly the draft limit and has no notes for a current file', () => {
    const drafts = Array.from({ length: 10_000 }, (_, i) => ({
      id: `d${i}`,
      name: `n${i}`,
      draft: defaultDraft(),
    }));
    const result = parseDraftsFile(JSON.stringify({ format: DRAFTS_FORMAT, version: 2, drafts }), now, newId);
    expect(result.ok && [result.drafts.length, result.notes]).toEqual([10_000, []]);
  });

  it.each([
    [
      'an entry that is not an object',
      [7],
      'Draft 1 in the file is not a named draft (field "draft": it needs a "draft" object, a text "name" and a whole-number "rev" of 1 or more).',
    ],
    [
      'a name that is not text',
      [{ name: 5, draft: {} }],
      'Draft 1 in the file is not a named draft (field "name": it needs a "draft" object, a text "name" and a whole-number "rev" of 1 or more).',
    ],
    [
      'a revision of 0',
      [{ name: 'a', rev: 0, draft: {} }],
      'Draft 1 in the file is not a named draft (field "rev": it needs a "draft" object, a text "name" and a whole-number "rev" of 1 or more).',
    ],
    [
      'a draft that is a list',
      [{ name: 'a', draft: [] }],
      'Draft 1 ("a") is not valid: it is not an event draft object',
    ],
    [
      'a draft missing its title',
      [{ name: ' ', draft: { ...defaultDraft(), title: undefined } }],
      'Draft 1 is not valid: field "title": Title is required: it is what subscribers see in their calendar.',
    ],
  ])('names the entry and field of %s', (_name, drafts, error) => {
    const result = parseDraftsFile(JSON.stringify({ format: DRAFTS_FORMAT, version: 2, drafts }), now, newId);
    expect(result).toEqual({ ok: false, error });
  });

  it.each([
    ['a name', { name: ' Spring ', draft: defaultDraft() }, 'Spring'],
    ['no name, a title', { draft: { ...defaultDraft(), title: ' Launch ' } }, 'Launch'],
    ['a blank name, a title', { name: ' ', draft: { ...defaultDraft(), title: 'Launch' } }, 'Launch'],
  ])('names an entry with %s', (_name, entry, name) => {
    const drafts = [{ name: 'first', draft: defaultDraft() }, entry];
    const result = parseDraftsFile(JSON.stringify({ format: DRAFTS_FORMAT, version: 2, drafts }), now, newId);
    expect(result.ok && result.drafts[1]?.name).toBe(name);
  });

  it.each([
    ['a valid time', '2026-01-02T03:04:05.000Z', '2026-01-02T03:04:05.000Z'],
    ['no time', undefined, '2026-06-01T12:00:00.000Z'],
    ['a time that is not one', 'yesterday', '2026-06-01T12:00:00.000Z'],
  ])('keeps the saved time of an entry with %s', (_name, savedAt, expected) => {
    const drafts = [{ name: 'a', savedAt, draft: defaultDraft() }];
    const result = parseDraftsFile(JSON.stringify({ format: DRAFTS_FORMAT, version: 2, drafts }), now, newId);
    expect(result.ok && result.drafts[0]?.savedAt).toBe(expected);
  });
});
