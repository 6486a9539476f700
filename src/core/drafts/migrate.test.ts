import { describe, expect, it } from 'vitest';
import { DRAFTS_FORMAT } from './format';
import { migrateDrafts } from './migrate';

const envelope = (fields: object) => ({ format: DRAFTS_FORMAT, drafts: [], ...fields });

describe('migrateDrafts', () => {
  it.each([
    [
      'a bare list (version 0)',
      [{ name: 'a', updatedAt: 'T0', draft: {} }],
      [{ name: 'a', savedAt: 'T0', draft: {} }],
      undefined,
    ],
    [
      'a version-0 envelope',
      envelope({ version: 0, drafts: [{ name: 'a', updatedAt: 'T0', savedAt: 'T1' }, 7] }),
      [{ name: 'a', savedAt: 'T1' }, 7],
      undefined,
    ],
    [
      'a version-1 envelope',
      envelope({ version: 1, drafts: [{ name: 'a', updatedAt: 'T0' }] }),
      [{ name: 'a', updatedAt: 'T0' }],
      undefined,
    ],
    ['the current version', envelope({ version: 2, drafts: [{ name: 'a' }] }), [{ name: 'a' }], undefined],
    ['a newer version', envelope({ version: 3, drafts: [] }), [], 3],
  ])('reads %s', (_name, raw, drafts, newerVersion) => {
    expect(migrateDrafts(raw)).toEqual({
      ok: true,
      payload: { version: 2, drafts, ...(newerVersion === undefined ? {} : { newerVersion }) },
    });
  });

  it.each([
    ['text', 'drafts', 'The file does not contain a drafts object.'],
    ['null', null, 'The file does not contain a drafts object.'],
    [
      'another format',
      { format: 'other', version: 1, drafts: [] },
      'This is not a Rokt Calendar Composer drafts file: "format" should be "rokt-calendar-composer/drafts".',
    ],
    ['no version', envelope({}), 'The drafts file has no valid "version" number.'],
    ['a version as text', envelope({ version: '1' }), 'The drafts file has no valid "version" number.'],
    ['a negative version', envelope({ version: -1 }), 'The drafts file has no valid "version" number.'],
    ['a fractional version', envelope({ version: 1.5 }), 'The drafts file has no valid "version" number.'],
    ['no list', envelope({ version: 1, drafts: {} }), 'The drafts file has no "drafts" list.'],
  ])('explains %s', (_name, raw, error) => {
    expect(migrateDrafts(raw)).toEqual({ ok: false, error });
  });
});
