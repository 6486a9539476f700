import { describe, expect, it } from 'vitest';
import { defaultDraft } from '../event';
import { ImportContext } from './import-context';

describe('ImportContext', () => {
  it('starts from the default draft with nothing mapped, left out or noted', () => {
    expect(new ImportContext().result()).toEqual({
      draft: defaultDraft(),
      mapped: [],
      unmapped: [],
      notes: [],
      noteCodes: [],
    });
  });

  it('lists a mapped field once, and a note once with its code', () => {
    const ctx = new ImportContext();
    ctx.map('title');
    ctx.map('title');
    ctx.map('start');
    ctx.note('Read "Portador" as Bearer.', { code: 'translated' });
    ctx.note('Read "Portador" as Bearer.', { code: 'translated' });
    const r = ctx.result();
    expect(r.mapped).toEqual(['title', 'start']);
    expect(r.notes).toEqual(['Read "Portador" as Bearer.']);
    expect(r.noteCodes).toEqual([{ code: 'translated' }]);
  });

  it.each([
    ['x'.repeat(200), 'x'.repeat(200)],
    ['x'.repeat(201), `${'x'.repeat(197)}...`],
  ])('shortens a left-out text over 200 characters (%#)', (text, shown) => {
    const ctx = new ImportContext();
    ctx.skip('body', text, 'Left out.', { code: 'other-header' });
    expect(ctx.result().unmapped).toEqual([
      { part: 'body', text: shown, reason: 'Left out.', why: { code: 'other-header' } },
    ]);
  });
});
