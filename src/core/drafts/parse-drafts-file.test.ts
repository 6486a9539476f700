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
});
