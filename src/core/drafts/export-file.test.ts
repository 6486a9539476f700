import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../event';
import { draftsFileName, draftsFileText } from './export-file';

describe('draftsFileName', () => {
  it.each([
    ['Summer Sale', 'summer-sale.rcc.json'],
    ['  Summer   Sale!! 2027 ', 'summer-sale-2027.rcc.json'],
    ['--launch--', 'launch.rcc.json'],
    ['Año nuevo', 'a-o-nuevo.rcc.json'],
    ['!!!', 'drafts.rcc.json'],
    ['', 'drafts.rcc.json'],
    ['x'.repeat(80), `${'x'.repeat(60)}.rcc.json`],
  ])('%j → %s', (name, file) => {
    expect(draftsFileName(name)).toBe(file);
  });
});

describe('draftsFileText', () => {
  it('writes the versioned envelope, pretty-printed, with the export time', () => {
    const draft = {
      id: 'a',
      name: 'Sale',
      rev: 2,
      savedAt: '2026-05-01T10:00:00.000Z',
      draft: defaultDraft(),
    };
    const text = draftsFileText([draft], new Date('2026-06-01T12:00:00Z'));
    expect(text.startsWith('{\n  "format": "rokt-calendar-composer/drafts",\n  "version": 2,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({
      format: 'rokt-calendar-composer/drafts',
      version: 2,
      exportedAt: '2026-06-01T12:00:00.000Z',
      drafts: [draft],
    });
  });
});
